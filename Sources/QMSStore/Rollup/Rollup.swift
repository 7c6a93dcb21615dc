import QMSDomain

/// What a unit reports to the level above (`isodash rollup`): its records, with the
/// document register reduced to monthly tallies, as of one day.
///
/// Unit references are already folded: a unit below `depth` is replaced by the
/// kept unit it folds into, and a record with no unit (only read when the unit is
/// the store's only root, so "no unit" means this unit's whole organisation) gets
/// the rolled-up unit. Ids are as stored; prefixing them is the writer's job.
public struct Rollup: Hashable, Sendable {
    /// The rolled-up unit.
    public var unitID: String
    public var asOf: Day
    /// Levels of descendants kept as units of their own.
    public var depth: Int
    /// The unit first (with its parent as stored), then its kept descendants, by
    /// level and id, so every parent comes before its children.
    public var units: [UnitRecord]
    /// Per kept unit, month and direction, every month up to `asOf`'s; `as_of` set.
    public var tallies: [TallyRecord]
    /// All objectives of the units in scope. An objective of a folded unit on a
    /// built-in indicator has lost its indicator: its value as of `asOf` is frozen
    /// in `measurements` (period: its year), because the indicator would be
    /// computed over the wrong units above.
    public var objectives: [ObjectiveRecord]
    public var measurements: [MeasurementRecord]
    /// Audits open, of the as-of year, or behind a finding of a reported action.
    public var audits: [AuditRecord]
    /// The findings of the reported audits.
    public var findings: [FindingRecord]
    /// Actions open, closed or cancelled during the as-of year, or due in it; a
    /// finding reference is dropped when its finding is not reported.
    public var actions: [ActionRecord]
    public var procedures: [ProcedureRecord]
    public var services: [ServiceRecord]

    public init(unitID: String, asOf: Day, depth: Int, units: [UnitRecord] = [], tallies: [TallyRecord] = [],
                objectives: [ObjectiveRecord] = [], measurements: [MeasurementRecord] = [],
                audits: [AuditRecord] = [], findings: [FindingRecord] = [], actions: [ActionRecord] = [],
                procedures: [ProcedureRecord] = [], services: [ServiceRecord] = []) {
        self.unitID = unitID
        self.asOf = asOf
        self.depth = depth
        self.units = units
        self.tallies = tallies
        self.objectives = objectives
        self.measurements = measurements
        self.audits = audits
        self.findings = findings
        self.actions = actions
        self.procedures = procedures
        self.services = services
    }
}
