import CareModel
import CouncilTasks

/// The valid files the fuzz cases start from, small and hand-made in the forms councils send: the DfE's CSV
/// returns and a regional extract with an LA column, the XML return, both costs layouts, and a standard and a
/// custom budget. Every mutation then starts one step from a file the importer accepts (`seedsAreAccepted`
/// checks that they are). Authority 879 is the store's; the costs register prices children 101 and 102 of the
/// returns.
enum FuzzCorpus {
    static let authority: AuthorityCode = "879"
    /// The day the S251 register's accrued costs run to.
    static let asAt = Day(year: 2024, month: 12, day: 31)
    /// The financial years the budgets are for, which a snapshot of a store reads back.
    static let budgetYears = [FinancialYear(2024), FinancialYear(2025)]

    /// The returns every fuzz store starts with.
    static let returns = [file("2024-header.csv", header), file("2024-episodes.csv", episodes)]
    static let ssda903CSV = [
        returns, [file("2025-header.csv", regionalHeader), file("2025-episodes.csv", regionalEpisodes)],
    ]
    static let ssda903XML = [[file("2024-return.xml", returnXML)]]
    static let costs = [
        [file("placement-costs.csv", simpleCosts)], [file("costs-with-la.csv", shortCosts)],
        [file("s251-costs.csv", s251Costs)],
    ]
    static let budgets = [[file("budget.csv", standardBudget)], [file("budget-custom.csv", customBudget)]]

    private static func file(_ name: String, _ text: String) -> SentFile {
        SentFile(name: name, contents: Array(text.utf8))
    }

    static let header = """
        CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
        101,1,04/05/2010,WBRI,A123456789012,,
        102,F,2008-11-30,MWBC,,1,02/03/2024
        """

    static let episodes = """
        CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
        101,01/04/2023,S,V2,N1,U4,PR1,01/06/2023,X1,,"PL1 1AA","PL2 2BB",
        101,01/06/2023,L,C2,N1,U4,PR1,,,,"PL1 1AA","PL2 2BB",
        102,10/10/2023,S,C1,N4,K2,PR4,,,,,"EX1 1AA",SC123456
        """

    /// A regional extract: an LA column, ISO dates, the 2024-25 sex codes and a placement distance.
    static let regionalHeader = """
        LA,CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
        879,201,M,2012-02-29,WIRI,,,
        879,202,2,01/01/2007,BAFR,,0,
        """

    static let regionalEpisodes = """
        LA,CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,PL_DISTANCE
        879,201,2024-05-01,S,C2,N1,U4,PR1,2024-09-30,X1,,"PL1 1AA","PL2 2BB",,12.5
        879,201,2024-09-30,P,C2,N1,K2,PR4,,,CARPL,"PL1 1AA","EX1 1AA",SC123456,999.9
        879,202,01/03/2025,S,V2,N4,R1,PR0,,,,,,,
        """

    static let returnXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <EXPSSDA903>
          <!-- one child per CHILD element -->
          <CHILD>
            <HEADER>
              <CHILDID>101</CHILDID><UPN>A123456789012</UPN><SEX>1</SEX><DOB>04/05/2010</DOB>
              <ETHNIC>WBRI</ETHNIC><UASC /><AREVIEW><REVIEW>01/05/2023</REVIEW></AREVIEW>
              <MOTHER /><MC_DOB />
            </HEADER>
            <EPISODE><DECOM>01/04/2023</DECOM><RNE>S</RNE><LS>V2</LS><CIN>N1</CIN><PL>U4</PL>
              <PL_POST>PL2 2BB</PL_POST><HOME_POST>PL1 1AA</HOME_POST><URN />
              <PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC>01/06/2023</DEC><REC>X1</REC><REASON_PLACE_CHANGE />
            </EPISODE>
            <EPISODE><DECOM>01/06/2023</DECOM><RNE>L</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL>
              <PL_POST>PL2 2BB</PL_POST><HOME_POST>PL1 1AA</HOME_POST>
              <PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC /><REC /></EPISODE>
          </CHILD>
          <CHILD>
            <HEADER><CHILDID>102</CHILDID><SEX>F</SEX><DOB>2008-11-30</DOB><ETHNIC>MWBC</ETHNIC>
              <MOTHER>1</MOTHER><MC_DOB>02/03/2024</MC_DOB></HEADER>
            <EPISODE><DECOM>10/10/2023</DECOM><RNE>S</RNE><LS>C1</LS><CIN>N4</CIN><PL>K2</PL>
              <PL_POST>EX1 1AA</PL_POST><URN>SC123456</URN><PLACE_PROVIDER>PR4</PLACE_PROVIDER></EPISODE>
          </CHILD>
        </EXPSSDA903>
        """

    /// The simple layout with every column `docs/examples/placement-costs.csv` has.
    static let simpleCosts = """
        child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,effective_from,urn,\
        provider_name,registration,procurement_route,change,health_contribution,contribution_detail,planned_end,\
        continues_past_18
        101,2023-04-01,,U4,PR1,In-House Foster Care,450.00,2023-04-01,,Rowan carers,,in-house,agreed,,,,no
        101,2023-04-01,,U4,PR1,In-House Foster Care,472.50,2024-04-01,,Rowan carers,,in-house,uplift,,,,no
        102,10/10/2023,,K2,PR4,External Residential,"£5,800.00",10/10/2023,SC123456,Moorside House,ofsted,spot,\
        agreed,1200.00,s117,31/03/2026,no
        102,10/10/2023,,K2,PR4,External Residential,6090,2024-04-01,SC123456,Moorside House,ofsted,spot,\
        uplift,1200.00,s117,31/03/2026,no
        """

    /// Only the simple layout's required columns, after an `la` column.
    static let shortCosts = """
        la,child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,effective_from
        879,101,2023-04-01,2023-06-01,U4,PR1,,450,2023-04-01
        879,102,2023-10-10,,K2,PR4,External Residential,5800.00,2023-10-10
        """

    /// The S251 layout, which needs the as-at date.
    static let s251Costs = """
        Child ID,Date of birth,Placement start date,Placement end date,Placement type,Provider type,\
        Procurement platform,Ofsted URN,Total committed cost accrued in FY to date,\
        Contribution from social care provider/s,Contribution from health provider/s,\
        Contribution from education provider/s
        S1,01/03/2010,01/04/2024,,K2,PR4,Block,SC111111,"196,428.57",,39285.71,
        S2,01/03/2012,15/06/2023,30/09/2024,U4,PR5,Framework,1234567,26150.00,,,1830
        S3,01/03/2014,20/11/2024,,U4,PR4,Spot,,6000,,,
        """

    /// `docs/examples/budget.csv`: the seven standard lines.
    static let standardBudget = """
        year,line,budgeted_children,budget
        2024-25,External Residential,50,15248000
        2024-25,Unregistered,6,3387000
        2024-25,External Fostering (IFA),158,9251000
        2024-25,In-House Foster Care,126,2855000
        2024-25,In-House Connected Carers,42,952000
        2024-25,External Supported Living,41,3758000
        2024-25,Other Placement Settings,65,1274000
        """

    /// Lines of the council's own, with their rules, for a named authority.
    static let customBudget = """
        authority,year,line,budgeted_children,budget,categories,registrations
        879,2025,Residential and Secure,12,"£4,250,000.00",residential-external;secure,
        879,2025,Everything Else,140,6100000.50,any,
        """
}
