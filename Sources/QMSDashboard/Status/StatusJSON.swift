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
        var json = JSONWriter(capacity: estimatedSize(snapshot))
        write(snapshot, storePath: storePath, to: &json)
        return json.finish()
    }

    /// Roughly the document's size in bytes, a little over for titles of average length,
    /// so that the buffer is not copied as it grows.
    private static func estimatedSize(_ snapshot: StatusSnapshot) -> Int {
        2048 + 700 * snapshot.objectives.count + 500 * snapshot.openAudits.count
            + 400 * (snapshot.overdueActions.count + snapshot.dueSoonActions.count)
    }

    // MARK: The document

    private static func write(_ snapshot: StatusSnapshot, storePath: String, to json: inout JSONWriter) {
        let asOf = snapshot.asOf
        json.object { json in
            json.member("as_of", asOf)
            json.object("scope") { json in
                json.member("unit_id", snapshot.scope.unitID)
                json.member("name", snapshot.scope.name)
            }
            json.object("store") { json in
                json.member("path", storePath)
                json.member("last_sync", snapshot.freshness.lastSync.map(timestamp))
                json.member("rejected_files", snapshot.freshness.rejectedFiles.count)
            }
            json.array("objectives", snapshot.objectives) { json, progress in objective(progress, to: &json) }
            json.array("open_audits", snapshot.openAudits) { json, summary in audit(summary, to: &json) }
            json.array("overdue_actions", snapshot.overdueActions) { json, summary in
                action(summary, asOf: asOf, to: &json)
            }
            json.member("due_within", snapshot.dueWithin)
            json.array("due_soon_actions", snapshot.dueSoonActions) { json, summary in
                dueSoon(summary, asOf: asOf, to: &json)
            }
            json.object("closing") { json in
                json.member("median_days", snapshot.closing.medianDays)
                json.member("p90_days", snapshot.closing.p90Days)
                json.member("closed", snapshot.closing.closed)
            }
            let counts = snapshot.counts
            json.object("counts") { json in
                json.member("met", counts.met)
                json.member("at_risk", counts.atRisk)
                json.member("off_track", counts.offTrack)
                json.member("no_data", counts.noData)
                json.member("open_audits", counts.openAudits)
                json.member("open_actions", counts.openActions)
                json.member("overdue_actions", counts.overdueActions)
                json.member("due_soon", counts.dueSoon)
                json.member("unreachable", counts.unreachable)
                json.member("off_pace", counts.offPace)
            }
        }
    }

    private static func objective(_ progress: ObjectiveProgress, to json: inout JSONWriter) {
        let objective = progress.objective
        json.object { json in
            json.member("id", objective.id)
            json.member("title", objective.title)
            json.member("unit_id", objective.unitID)
            json.member("year", objective.year)
            json.member("indicator", objective.indicator?.rawValue)
            json.member("value", progress.value)
            json.member("target", objective.target)
            json.member("measure", objective.measure)
            json.member("direction", objective.direction.rawValue)
            json.member("margin", objective.effectiveMargin)
            json.member("status", progress.status.rawValue)
            // Always an object, its members null where the pace cannot be said.
            let pace = progress.pace
            json.object("pace") { json in
                json.member("required", pace.required)
                json.member("recent", pace.recent)
                json.member("reachable", pace.reachable)
                json.member("on_pace", pace.onPace)
            }
        }
    }

    private static func audit(_ summary: AuditSummary, to json: inout JSONWriter) {
        let audit = summary.audit
        let findings = summary.findings
        json.object { json in
            json.member("id", audit.id)
            json.member("title", audit.title)
            json.member("kind", audit.kind.rawValue)
            json.member("unit_id", audit.unitID)
            json.member("starts_on", audit.startsOn)
            json.member("ends_on", audit.endsOn)
            json.member("status", audit.status.rawValue)
            json.object("findings") { json in
                json.member("major", findings.major)
                json.member("minor", findings.minor)
                json.member("observation", findings.observation)
                json.member("improvement", findings.improvement)
            }
        }
    }

    private static func action(_ summary: ActionSummary, asOf: Day, to json: inout JSONWriter) {
        let action = summary.action
        json.object { json in
            json.member("id", action.id)
            json.member("title", action.title)
            json.member("unit_id", action.unitID)
            json.member("owner", action.owner)
            json.member("finding_id", action.findingID)
            json.member("due_on", action.dueOn)
            json.member("days_overdue", summary.daysOverdue ?? action.daysOverdue(on: asOf) ?? 0)
        }
    }

    private static func dueSoon(_ summary: ActionSummary, asOf: Day, to json: inout JSONWriter) {
        let action = summary.action
        json.object { json in
            json.member("id", action.id)
            json.member("title", action.title)
            json.member("unit_id", action.unitID)
            json.member("owner", action.owner)
            json.member("due_on", action.dueOn)
            json.member("days_left", DueSoonRule.daysLeft(dueOn: action.dueOn, on: asOf))
        }
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
        var bytes = JSONBytes(capacity: 24)
        guard bytes.appendDecimal(value, separator: separator) else { return nil }
        return bytes.text
    }

    // MARK: Strings

    /// A JSON string literal: `"` and `\` escaped, the usual short escapes for
    /// backspace, form feed, line feed, carriage return and tab, and `\uXXXX` for every
    /// other C0 control, DEL, the C1 controls and U+2028/U+2029 (which some JSON
    /// consumers, JavaScript among them, treat as line ends). Other text passes as UTF-8.
    static func writeString(_ text: String, to output: inout String) {
        var bytes = JSONBytes(capacity: text.utf8.count + 2)
        bytes.appendString(text)
        output += bytes.text
    }
}
