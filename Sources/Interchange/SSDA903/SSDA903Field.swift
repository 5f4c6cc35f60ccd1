/// The Header and Episodes fields Hearth reads, named as in the CSV form of the return.
enum SSDA903Field: Int, CaseIterable, Sendable {
    case child, sex, dob, ethnic, upn, mother, motherChildDOB
    /// The UASC table's date UASC status ceased, and newer Headers' UASC flag and DUC.
    case uasc, duc
    case decom, rne, ls, cin, place, placeProvider, dec, rec, reasonPlaceChange, homePost, placePost, urn, placeDistance
    /// Not a DfE field: regional extracts add the authority to each row.
    case la

    /// The column name in the CSV form.
    var column: String {
        switch self {
        case .child: "CHILD"
        case .sex: "SEX"
        case .dob: "DOB"
        case .ethnic: "ETHNIC"
        case .upn: "UPN"
        case .mother: "MOTHER"
        case .motherChildDOB: "MC_DOB"
        case .uasc: "UASC"
        case .duc: "DUC"
        case .decom: "DECOM"
        case .rne: "RNE"
        case .ls: "LS"
        case .cin: "CIN"
        case .place: "PLACE"
        case .placeProvider: "PLACE_PROVIDER"
        case .dec: "DEC"
        case .rec: "REC"
        case .reasonPlaceChange: "REASON_PLACE_CHANGE"
        case .homePost: "HOME_POST"
        case .placePost: "PL_POST"
        case .urn: "URN"
        case .placeDistance: "PL_DISTANCE"
        case .la: "LA"
        }
    }

    /// The element name in the XML form, which differs for the child ID and the placement type.
    var element: String {
        switch self {
        case .child: "CHILDID"
        case .place: "PL"
        default: column
        }
    }

    /// Looks a field up by its CSV column name (already upper-cased and trimmed).
    static let byColumn: [String: SSDA903Field] =
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.column, $0) })

    /// Looks a field up by its XML element name; the CSV names (PLACE for PL) are accepted too, as
    /// some case management systems write them.
    static let byElement: [String: SSDA903Field] = {
        var names = byColumn
        for field in allCases { names[field.element] = field }
        return names
    }()
}

/// One Header or Episodes record as read from either form of the return, before validation:
/// each field's text (trimmed; `nil` when blank or absent) and where to point people to it.
struct SSDA903Record: Sendable {
    enum Form: Sendable { case csv, xml }

    var form: Form
    /// CSV: the spreadsheet row. XML: the line of the HEADER or EPISODE element.
    var row: Int
    private var values: [String?]
    /// XML only: the line of each field's element, so a bad value is reported where it is.
    private var lines: [Int]

    init(form: Form, row: Int) {
        self.form = form
        self.row = row
        values = Array(repeating: nil, count: SSDA903Field.allCases.count)
        lines = form == .xml ? Array(repeating: row, count: SSDA903Field.allCases.count) : []
    }

    subscript(field: SSDA903Field) -> String? {
        get { values[field.rawValue] }
        set { values[field.rawValue] = newValue }
    }

    mutating func set(_ field: SSDA903Field, _ value: String?, line: Int) {
        values[field.rawValue] = value
        if form == .xml { lines[field.rawValue] = line }
    }

    /// The row (CSV) or line (XML) to report a problem with `field` at.
    func row(of field: SSDA903Field) -> Int {
        form == .xml ? lines[field.rawValue] : row
    }

    /// The field's name as the person will see it in their file.
    func name(of field: SSDA903Field) -> String {
        form == .xml ? field.element : field.column
    }
}
