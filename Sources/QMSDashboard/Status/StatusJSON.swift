import Foundation
import QMSDomain
import QMSStore

/// `isodash status --json`: the status snapshot as a stable document for other tools.
///
/// Written by hand rather than through `JSONEncoder` so that the keys come out in
/// the documented order (scripts and diffs of saved reports rely on it), numbers are
/// rounded to two decimals without float noise (`87.5`, never `87.49999999999999`),
/// and absent values are an explicit `null` instead of a missing key. Nothing is
/// truncated: every objective in scope and every overdue action is listed.
///
/// Strings are the store's text as is (the JSON form is data, not display), escaped
/// so that no control character, C1 control or line separator reaches the output raw:
/// piping the document to a terminal cannot run an escape sequence.
public enum StatusJSON {
    /// The document, pretty-printed with two-space indentation and a final newline.
    /// - Parameter storePath: the store the snapshot was read from, for `store.path`.
    public static func render(_ snapshot: StatusSnapshot, storePath: String) -> String {
        var output = JSONBytes()
        write(document(snapshot, storePath: storePath), indent: 0, to: &output)
        output.append("\n")
        return output.text
    }

    // MARK: The document

    static func document(_ snapshot: StatusSnapshot, storePath: String) -> Value {
        let counts = snapshot.counts
        return .object([
            ("as_of", .string(snapshot.asOf.description)),
            ("scope", .object([
                ("unit_id", .optionalString(snapshot.scope.unitID)),
                ("name", .optionalString(snapshot.scope.name)),
            ])),
            ("store", .object([
                ("path", .string(storePath)),
                ("last_sync", .optionalString(snapshot.freshness.lastSync.map(timestamp))),
                ("rejected_files", .integer(snapshot.freshness.rejectedFiles.count)),
            ])),
            ("objectives", .array(snapshot.objectives.map(objective))),
            ("open_audits", .array(snapshot.openAudits.map(audit))),
            ("overdue_actions", .array(snapshot.overdueActions.map { action($0, asOf: snapshot.asOf) })),
            ("due_within", .integer(snapshot.dueWithin)),
            ("due_soon_actions", .array(snapshot.dueSoonActions.map { dueSoon($0, asOf: snapshot.asOf) })),
            ("closing", .object([
                ("median_days", snapshot.closing.medianDays.map(Value.number) ?? .null),
                ("p90_days", snapshot.closing.p90Days.map(Value.number) ?? .null),
                ("closed", .integer(snapshot.closing.closed)),
            ])),
            ("counts", .object([
                ("met", .integer(counts.met)),
                ("at_risk", .integer(counts.atRisk)),
                ("off_track", .integer(counts.offTrack)),
                ("no_data", .integer(counts.noData)),
                ("open_audits", .integer(counts.openAudits)),
                ("open_actions", .integer(counts.openActions)),
                ("overdue_actions", .integer(counts.overdueActions)),
                ("due_soon", .integer(counts.dueSoon)),
                ("unreachable", .integer(counts.unreachable)),
                ("off_pace", .integer(counts.offPace)),
            ])),
        ])
    }

    private static func objective(_ progress: ObjectiveProgress) -> Value {
        let objective = progress.objective
        return .object([
            ("id", .string(objective.id)),
            ("title", .string(objective.title)),
            ("unit_id", .optionalString(objective.unitID)),
            ("year", .integer(objective.year)),
            ("indicator", .optionalString(objective.indicator?.rawValue)),
            ("value", progress.value.map(Value.number) ?? .null),
            ("target", .number(objective.target)),
            ("measure", .string(objective.measure)),
            ("direction", .string(objective.direction.rawValue)),
            ("margin", .number(objective.effectiveMargin)),
            ("status", .string(progress.status.rawValue)),
            ("pace", pace(progress.pace)),
        ])
    }

    /// Always an object, its members null where the pace cannot be said.
    private static func pace(_ pace: ObjectivePace) -> Value {
        .object([
            ("required", pace.required.map(Value.number) ?? .null),
            ("recent", pace.recent.map(Value.number) ?? .null),
            ("reachable", pace.reachable.map(Value.bool) ?? .null),
            ("on_pace", pace.onPace.map(Value.bool) ?? .null),
        ])
    }

    private static func audit(_ summary: AuditSummary) -> Value {
        let audit = summary.audit
        let findings = summary.findings
        return .object([
            ("id", .string(audit.id)),
            ("title", .string(audit.title)),
            ("kind", .string(audit.kind.rawValue)),
            ("unit_id", .optionalString(audit.unitID)),
            ("starts_on", .string(audit.startsOn.description)),
            ("ends_on", .optionalString(audit.endsOn?.description)),
            ("status", .string(audit.status.rawValue)),
            ("findings", .object([
                ("major", .integer(findings.major)),
                ("minor", .integer(findings.minor)),
                ("observation", .integer(findings.observation)),
                ("improvement", .integer(findings.improvement)),
            ])),
        ])
    }

    private static func action(_ summary: ActionSummary, asOf: Day) -> Value {
        let action = summary.action
        let days = summary.daysOverdue ?? action.daysOverdue(on: asOf) ?? 0
        return .object([
            ("id", .string(action.id)),
            ("title", .string(action.title)),
            ("unit_id", .string(action.unitID)),
            ("owner", .optionalString(action.owner)),
            ("finding_id", .optionalString(action.findingID)),
            ("due_on", .string(action.dueOn.description)),
            ("days_overdue", .integer(days)),
        ])
    }

    private static func dueSoon(_ summary: ActionSummary, asOf: Day) -> Value {
        let action = summary.action
        return .object([
            ("id", .string(action.id)),
            ("title", .string(action.title)),
            ("unit_id", .string(action.unitID)),
            ("owner", .optionalString(action.owner)),
            ("due_on", .string(action.dueOn.description)),
            ("days_left", .integer(DueSoonRule.daysLeft(dueOn: action.dueOn, on: asOf))),
        ])
    }

    /// ISO 8601 in UTC to the second (`2026-11-24T07:30:00Z`), the form the sync log keeps.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(secondsSince1970: seconds)
        let secondOfDay = seconds - day.ordinal * 86_400
        return day.description + "T" + twoDigits(secondOfDay / 3600) + ":" + twoDigits(secondOfDay % 3600 / 60)
            + ":" + twoDigits(secondOfDay % 60) + "Z"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    // MARK: Numbers

    /// `value` rounded to two decimals, without trailing zeros (`90`, `62.5`, `87.33`),
    /// with `separator` before the decimals; nil for NaN and infinities, which JSON
    /// cannot hold. Shared with the text form so both show the same figure.
    static func decimal(_ value: Double, separator: String = ".") -> String? {
        guard value.isFinite else { return nil }
        let hundredths = (value * 100).rounded()
        guard abs(hundredths) < 9e15 else {
            // Beyond 2^53 a Double has no decimals left to round.
            return String(format: "%.0f", value)
        }
        let scaled = Int64(hundredths)
        let magnitude = scaled.magnitude
        var text = scaled < 0 ? "-" : ""
        text += String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            text += separator + (fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : String(fraction)))
        }
        return text
    }

    // MARK: Writing

    /// A JSON value whose objects keep their keys in the order given.
    indirect enum Value {
        case null
        case bool(Bool)
        case integer(Int)
        case number(Double)
        case string(String)
        case array([Value])
        case object([(String, Value)])

        static func optionalString(_ text: String?) -> Value {
            text.map(Value.string) ?? .null
        }
    }

    private static func write(_ value: Value, indent: Int, to output: inout JSONBytes) {
        switch value {
        case .null:
            output.append("null")
        case .bool(let flag):
            output.append(flag ? "true" : "false")
        case .integer(let number):
            output.append(String(number))
        case .number(let number):
            output.append(decimal(number) ?? "null")
        case .string(let text):
            writeString(text, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else { output.append("[]"); return }
            output.append("[\n")
            for (index, element) in elements.enumerated() {
                output.appendSpaces(indent + 2)
                write(element, indent: indent + 2, to: &output)
                output.append(index == elements.count - 1 ? "\n" : ",\n")
            }
            output.appendSpaces(indent)
            output.append("]")
        case .object(let members):
            guard !members.isEmpty else { output.append("{}"); return }
            output.append("{\n")
            for (index, (key, member)) in members.enumerated() {
                output.appendSpaces(indent + 2)
                writeString(key, to: &output)
                output.append(": ")
                write(member, indent: indent + 2, to: &output)
                output.append(index == members.count - 1 ? "\n" : ",\n")
            }
            output.appendSpaces(indent)
            output.append("}")
        }
    }

    /// A JSON string literal: `"` and `\` escaped, the usual short escapes for
    /// backspace, form feed, line feed, carriage return and tab, and `\uXXXX` for every
    /// other C0 control, DEL, the C1 controls and U+2028/U+2029 (which some JSON
    /// consumers, JavaScript among them, treat as line ends). Other text passes as UTF-8.
    static func writeString(_ text: String, to output: inout String) {
        var bytes = JSONBytes()
        writeString(text, to: &bytes)
        output += bytes.text
    }

    static func writeString(_ text: String, to output: inout JSONBytes) {
        output.append("\"")
        var text = text
        text.withUTF8 { utf8 in
            var start = 0   // the first byte not yet copied
            var index = 0
            while index < utf8.count {
                let (scalar, length) = Self.scalar(in: utf8, at: index)
                if let escape = escaped(scalar) {
                    output.append(UnsafeBufferPointer(rebasing: utf8[start..<index]))
                    output.append(escape)
                    start = index + length
                }
                index += length
            }
            output.append(UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        }
        output.append("\"")
    }

    /// The scalar that starts at `index` of valid UTF-8, and its length in bytes.
    private static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = utf8[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029:
            let hex = String(scalar.value, radix: 16, uppercase: false)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: return nil
        }
    }
}
