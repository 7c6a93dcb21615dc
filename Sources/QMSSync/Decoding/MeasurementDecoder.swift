import QMSDomain

/// A `measurements` row → a `MeasurementRecord`. Whether its objective exists, has no
/// indicator, and is a percentage (for the numerator/denominator check) is known
/// only on apply.
enum MeasurementDecoder {
    typealias C = MeasurementColumns

    static func record(_ r: inout CellReader) -> MeasurementRecord? {
        let objectiveID = r.id(C.objectiveID)
        let period = r.period(C.period)
        let value = r.number(C.value)
        let numerator = r.number(C.numerator)
        let denominator = r.number(C.denominator)
        let note = r.text(C.note)
        guard r.isValid, let objectiveID, let period, let value else { return nil }
        return MeasurementRecord(objectiveID: objectiveID, period: period, value: value,
                                 numerator: numerator, denominator: denominator, note: note)
    }

    static func key(_ r: inout CellReader) -> RecordKey? {
        let objectiveID = r.id(C.objectiveID)
        let period = r.period(C.period)
        guard let objectiveID, let period else { return nil }
        return .measurement(objectiveID: objectiveID, period: period)
    }

    /// §4: where numerator and denominator are both given and `value` is a percentage,
    /// they must agree with it within 0.5. nil when they agree (or the rule does not apply).
    static func ratioProblem(_ m: MeasurementRecord, isPercentage: Bool) -> String? {
        guard isPercentage, let numerator = m.numerator, let denominator = m.denominator else { return nil }
        guard denominator != 0 else {
            return "is 0, so value cannot be numerator ÷ denominator, expected a denominator other than 0"
        }
        let ratio = numerator / denominator * 100
        guard abs(ratio - m.value) > 0.5 else { return nil }
        return "gives \(NumberText.show(numerator)) ÷ \(NumberText.show(denominator)) = "
            + "\(NumberText.show((ratio * 100).rounded() / 100))% but value is \(NumberText.show(m.value))%, "
            + "expected them to agree within 0.5"
    }
}
