import Foundation
import QMSStore

/// The attendance list as one line of text, the way a secretary writes it:
/// `Trần Thị B (Thư ký ISO); Lê Văn C`. Shared by `isodash review attendees` and the
/// `t` field of review mode, which opens on the current list so it can be corrected.
public enum ReviewAttendeeList {
    /// `"Trần B (Thư ký ISO); Lê C"` → two attendees, the first with a role.
    public static func parse(_ text: String) -> [ReviewAttendee] {
        text.split(separator: ";").compactMap { part in
            let entry = part.trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty else { return nil }
            if entry.hasSuffix(")"), let open = entry.lastIndex(of: "(") {
                let name = entry[..<open].trimmingCharacters(in: .whitespaces)
                let role = entry[entry.index(after: open)..<entry.index(before: entry.endIndex)]
                    .trimmingCharacters(in: .whitespaces)
                return ReviewAttendee(name: name, role: role.isEmpty ? nil : role)
            }
            return ReviewAttendee(name: entry)
        }
    }

    /// The inverse of `parse`.
    public static func format(_ attendees: [ReviewAttendee]) -> String {
        attendees.map { attendee in attendee.name + (attendee.role.map { " (\($0))" } ?? "") }
            .joined(separator: "; ")
    }
}
