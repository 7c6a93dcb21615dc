import QMSDomain

/// One invented organisational unit: the row of `units` plus what the generator
/// needs to make its other records plausible (its head, how busy its document
/// register is, how far along it is with electronic documents).
struct DemoUnit: Sendable {
    /// Where the unit sits in the administration; it decides volumes and habits.
    enum Tier: Sendable {
        /// The organisation itself: the Sở, or the UBND tỉnh.
        case root
        /// A Sở or ban of the province.
        case department
        /// A phòng, văn phòng or bộ phận inside another unit.
        case division
        /// A chi cục, trung tâm or other unit with its own quality system.
        case agency
        /// A huyện, thị xã or thành phố.
        case district
        /// A xã, phường or thị trấn.
        case commune
    }

    var record: UnitRecord
    var tier: Tier
    /// Head of the unit: the default owner of its objectives and actions.
    var head: String
    /// Relative share of the document register.
    var documentWeight: Int
    /// Shares (0…1) of electronic incoming and outgoing documents reached by the
    /// month of `asOf`; January starts 3 points lower, so the monthly trend rises.
    var inElectronic: Double
    var outElectronic: Double
    var confidentialShare: Double
    /// Share of documents with a deadline that are handled late.
    var lateShare: Double
    /// Whether its documents go to the second register file (the one a district's
    /// own e-office exports, in the Vietnamese spreadsheet dialect).
    var localRegister: Bool
    /// Administrative procedures (thủ tục hành chính) the unit receives.
    var serviceNames: [String] = []

    var id: String { record.id }
    var name: String { record.name }
}
