/// How big an organisation `isodash demo` invents.
///
/// `department` is one Sở with its divisions: small enough to read every row, the
/// everyday case. `province` is a whole UBND tỉnh with departments, districts and
/// communes and a million-row document register: the case the dashboard and `sync`
/// must stay fast for.
public enum DemoScale: String, CaseIterable, Sendable {
    case department
    case province

    /// Document-register rows written at `documentScale` 1.
    public var documentRows: Int {
        switch self {
        case .department: return 20_000
        case .province: return 1_050_000
        }
    }
}
