import CareModel
import Testing

@testable import Interchange

@Suite("The XML form of the return")
struct SSDA903XMLTests {
    typealias F = Fixture

    @Test("the parser reads declarations, comments, CDATA, attributes, self-closing tags and references")
    func parser() throws {
        let xml = """
            \u{FEFF}<?xml version='1.0' encoding='us-ascii'?>
            <!DOCTYPE EXPSSDA903>
            <!-- a comment with <tags> in it -->
            <ROOT version="2" note='a > b'>
              <A>Tom &amp; Jerry &lt;&gt; &quot;x&quot; &apos;y&apos; &#163;&#xA3;</A>
              <B/><C />
              <D><![CDATA[<raw> & ]]></D>
            </ROOT>
            """
        let root = try MarkupParser.parse(Array(xml.utf8))
        #expect(root.name == "ROOT")
        #expect(root.line == 4)
        #expect(root.children.map(\.name) == ["A", "B", "C", "D"])
        #expect(root.children.map(\.line) == [5, 6, 6, 7])
        #expect(root.child("A")?.text == "Tom & Jerry <> \"x\" 'y' ££")
        #expect(root.child("B")?.text == "")
        #expect(root.child("D")?.text == "<raw> & ")
    }

    @Test("the same return as CSV and as XML gives the same histories")
    func csvAndXMLAgree() throws {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        let header = folder.write(
            "csv/header.csv",
            """
            \(F.headerColumns)
            101,1,04/05/2010,WBRI,A123456789012,,
            102,F,2008-11-30,MWBC,,1,02/03/2024
            """)
        let episodes = folder.write(
            "csv/episodes.csv",
            """
            \(F.episodeColumns)
            101,01/04/2023,S,V2,N1,U4,PR1,01/06/2023,X1,,"PL1 1AA","PL2 2BB",
            101,01/06/2023,L,C2,N1,U4,PR1,,,,"PL1 1AA","PL2 2BB",
            102,10/10/2023,S,C1,N4,K2,PR4,,,,,"EX1 1AA",SC123456
            """)
        let xml = folder.write(
            "return.xml",
            """
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
            """)
        let fromCSV = HistoryMerge.merge(try SSDA903Reader().read(paths: [header, episodes]), into: [])
        let fromXML = HistoryMerge.merge(try SSDA903Reader().read(paths: [xml]), into: [])
        #expect(fromCSV.changed == fromXML.changed)
        #expect(fromCSV.changed.map(\.episodes.count) == [1, 1])  // 101's legal-status change folded
        #expect(fromXML.report.files.map(\.kind) == ["xml"])
        #expect(fromXML.report.files.map(\.rows) == [5])  // 2 headers + 3 episodes
    }
}
