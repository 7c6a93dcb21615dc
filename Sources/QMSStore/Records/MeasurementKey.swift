import QMSDomain

/// The key of a measurement: one value per objective and period.
public struct MeasurementKey: Hashable, Sendable, CustomStringConvertible {
    public var objectiveID: String
    public var period: Period

    public init(objectiveID: String, period: Period) {
        self.objectiveID = objectiveID
        self.period = period
    }

    /// "OBJ-1 2026-Q2", as error messages name the record.
    public var description: String { "\(objectiveID) \(period)" }
}
