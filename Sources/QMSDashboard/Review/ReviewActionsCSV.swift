import QMSDomain
import QMSStore

/// A review's action items as an `actions` file of the sync contract
/// (EXPORT-FORMAT.md §4), so they can be loaded into the e-ISO system and come
/// back in the next sync under the same ids (`XXLD-<review>-<item>`).
///
/// Every item becomes an open action opened on the review day. The text is
/// written as stored (NFC), quoted per RFC 4180 when it holds a comma, a quote or
/// a line break; nothing is sanitised here, because the file is data, not screen text.
public enum ReviewActionsCSV {
    public static let header = "id,title,unit_id,finding_id,owner,opened_on,due_on,closed_on,status"

    public static func render(review: Review, items: [ReviewActionItem]) -> String {
        var lines = [header]
        for item in items {
            let fields = [
                ReviewActionItem.actionID(reviewID: review.id, itemID: item.id),
                item.text,
                item.unitID ?? "",
                "",
                "",
                review.heldOn.description,
                item.dueOn?.description ?? "",
                "",
                ActionStatus.open.rawValue,
            ]
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
