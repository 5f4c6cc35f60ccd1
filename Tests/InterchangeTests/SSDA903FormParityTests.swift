import CareModel
import Foundation
import Testing

@testable import Interchange

/// The issue asks that the CSV and XML of the csc-validator sample give the same children and episodes.
/// That sample's CSV files and XML file describe different children (none in common), so the same
/// return is compared in both forms instead: the real XML file, and the DfE CSV files written from it.
@Suite("The same return as XML and as CSV")
struct SSDA903FormParityTests {
    static let xmlSample = "../shared/data/ssda903-samples/csc-validator-fake/fake_903.xml"

    @Test func xmlSampleAndItsCSVFormGiveTheSameHistories() throws {
        let fromXML = try SSDA903Reader().read(paths: [Self.xmlSample])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-parity-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let year = FinancialYear(2017)  // 2017-18: SEX written as 1/2, as in the XML
        try SSDA903CSVWriter.header(fromXML.headers.map(\.child), year: year, uasc: true).text
            .write(to: folder.appendingPathComponent("header.csv"), atomically: true, encoding: .utf8)
        try SSDA903CSVWriter.episodes(fromXML.episodes.map(\.episode)).text
            .write(to: folder.appendingPathComponent("episodes.csv"), atomically: true, encoding: .utf8)
        let fromCSV = try SSDA903Reader().read(paths: [folder.path])

        let xmlHistories = HistoryMerge.merge(fromXML, into: []).changed
        let csvHistories = HistoryMerge.merge(fromCSV, into: []).changed
        // Counts checked by hand against the file: 253 CHILD elements, 459 EPISODE elements.
        #expect(fromXML.headers.count == 253)
        #expect(fromXML.episodes.count == 459)
        #expect(fromCSV.headers.count == 253 && fromCSV.episodes.count == 459)
        #expect(xmlHistories.count == 253)
        #expect(csvHistories == xmlHistories)
    }
}
