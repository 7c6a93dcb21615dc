/// An organisational unit: ministry, department, division, commune. Units form a
/// tree through `parentID`; indicators of a unit count its descendants too.
public struct UnitRecord: Hashable, Sendable {
    public var id: String
    public var name: String
    public var parentID: String?
    /// Free text: "Sở", "Phòng", "UBND xã"...
    public var kind: String?
    /// The standard the unit applies, e.g. `TCVN ISO 9001:2015`.
    public var standard: String?
    /// When the unit announced conformity to the standard.
    public var announcedOn: Day?
    /// Whether the unit is required to apply the standard.
    public var mandatory: Bool

    public init(id: String, name: String, parentID: String? = nil, kind: String? = nil,
                standard: String? = nil, announcedOn: Day? = nil, mandatory: Bool = false) {
        self.id = id
        self.name = name
        self.parentID = parentID
        self.kind = kind
        self.standard = standard
        self.announcedOn = announcedOn
        self.mandatory = mandatory
    }
}
