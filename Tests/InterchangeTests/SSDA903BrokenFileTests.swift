import CareModel
import Testing

@testable import Interchange

@Suite("Broken SSDA903 files: every problem, with file, row and field")
struct SSDA903BrokenFileTests {
    typealias F = Fixture

    @Test("several broken CSV files list every problem in file and row order")
    func brokenCSV() {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        folder.write("broken/empty.csv", "")
        folder.write(
            "broken/episodes-missing.csv",
            """
            CHILD,DECOM,RNE,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,PL_POST
            1,01/04/2020,S,N1,U4,PR1,,,,
            """)
        folder.write(
            "broken/episodes.csv",
            """
            \(F.episodeColumns)
            1,01/04/2020,S,C2,N1,U4,PR1,01/05/2020,X1,,,,
            1,2020-13-01,Q,C2,N1,Q9,PR1,,,,,,
            1,01/06/2020,P,C2,N9,U4,PR7,01/05/2020,E99,WHY,,,
            1,01/07/2020,,,N1,,,,,,,,
            1,"01/08/2020,P,C2
            """)
        folder.write(
            "broken/header.csv",
            """
            \(F.headerColumns)
            1,M,01/02/2010,WBRI,,,
            2,X,31/02/2010,ZZZZ,,2,
            ,F,01/02/2010,,,,
            3,F,01/02/2010,,,,,extra
            """)
        let dir = folder.path + "/broken/"
        let episodeColumns =
            "CHILD, DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, "
            + "HOME_POST, PL_POST"
        #expect(
            failure(folder.path + "/broken") == [
                "\(dir)empty.csv: file is empty",
                "\(dir)episodes-missing.csv:1: LS: column is missing; an Episodes file needs \(episodeColumns)",
                "\(dir)episodes-missing.csv:1: HOME_POST: column is missing; an Episodes file needs \(episodeColumns)",
                "\(dir)episodes.csv:3: DECOM: '2020-13-01' is not a date (expected DD/MM/YYYY)",
                "\(dir)episodes.csv:3: RNE: 'Q' is not a valid RNE code",
                "\(dir)episodes.csv:3: PLACE: 'Q9' is not a valid PLACE code",
                "\(dir)episodes.csv:4: CIN: 'N9' is not a valid CIN code",
                "\(dir)episodes.csv:4: PLACE_PROVIDER: 'PR7' is not a valid PLACE_PROVIDER code",
                "\(dir)episodes.csv:4: DEC: 01/05/2020 is before DECOM 01/06/2020: an episode cannot end before it starts",
                "\(dir)episodes.csv:4: REC: 'E99' is not a valid REC code",
                "\(dir)episodes.csv:4: REASON_PLACE_CHANGE: 'WHY' is not a valid REASON_PLACE_CHANGE code",
                "\(dir)episodes.csv:5: RNE: is blank: RNE is required",
                "\(dir)episodes.csv:5: LS: is blank: LS is required",
                "\(dir)episodes.csv:5: PLACE: is blank: PLACE is required",
                "\(dir)episodes.csv:6: a quote opened in this row is never closed",
                "\(dir)header.csv:3: SEX: 'X' is not a valid SEX code (1 or 2, or M, F or U from 2024-25)",
                "\(dir)header.csv:3: DOB: '31/02/2010' is not a date (expected DD/MM/YYYY)",
                "\(dir)header.csv:3: ETHNIC: 'ZZZZ' is not a valid ETHNIC code",
                "\(dir)header.csv:3: MOTHER: '2' is not a valid MOTHER value (1, 0 or blank)",
                "\(dir)header.csv:4: CHILD: is blank: every row needs the child's ID",
                "\(dir)header.csv:5: has 8 fields but the column line has 7",
            ])
    }

    @Test("XML problems give the element's line as the row and its name as the field")
    func brokenXML() {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        let file = folder.write(
            "return.xml",
            """
            <?xml version="1.0"?>
            <EXPSSDA903>
              <CHILD>
                <HEADER>
                  <CHILDID>7</CHILDID><SEX>9</SEX>
                  <DOB>1/13/2010</DOB>
                </HEADER>
                <EPISODE>
                  <DECOM>01/04/2020</DECOM><RNE>S</RNE><LS>C2</LS>
                  <PL>XX</PL>
                  <DEC>01/03/2020</DEC>
                </EPISODE>
              </CHILD>
              <CHILD>
                <HEADER><CHILDID /><SEX>M</SEX><DOB>01/02/2010</DOB></HEADER>
              </CHILD>
              <CHILD></CHILD>
            </EXPSSDA903>
            """)
        #expect(
            failure(file) == [
                "\(file):5: SEX: '9' is not a valid SEX code (1 or 2, or M, F or U from 2024-25)",
                "\(file):6: DOB: '1/13/2010' is not a date (expected DD/MM/YYYY)",
                "\(file):10: PL: 'XX' is not a valid PLACE code",
                "\(file):11: DEC: 01/03/2020 is before DECOM 01/04/2020: an episode cannot end before it starts",
                "\(file):15: CHILDID: is blank: every row needs the child's ID",
                "\(file):17: CHILD: has no HEADER element",
            ])
    }

    @Test(
        "malformed XML is reported at the line where it goes wrong",
        arguments: [
            (
                "<EXPSSDA903>\n<CHILD>\n</HEADER>\n</EXPSSDA903>",
                "3: HEADER: </HEADER> closes <CHILD>, opened on line 2"
            ),
            ("<EXPSSDA903>\n<CHILD>\n", "2: CHILD: <CHILD> is never closed"),
            ("<EXPSSDA903>\n<CHILD>&nbsp;</CHILD></EXPSSDA903>", "2: CHILD: unknown entity &nbsp;"),
            ("<EXPSSDA903>\n<!-- unfinished\n", "2: EXPSSDA903: a comment is never closed"),
            ("<EXPSSDA903/>\n<EXPSSDA903/>", "2: EXPSSDA903: a second root element after the first one ended"),
            ("hello <EXPSSDA903/>", "1: text outside the root element"),
        ])
    func malformedXML(_ xml: String, _ expected: String) {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        let file = folder.write("return.xml", xml)
        #expect(failure(file) == ["\(file):\(expected)"])
    }

    func failure(_ path: String) -> [String] {
        do {
            _ = try SSDA903Reader().read(paths: [path])
            Issue.record("expected the read to fail")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }
}
