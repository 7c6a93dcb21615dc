import QMSDomain

extension Phrase {
    /// The words of the interactive review screen (`isodash review`): keys, prompts,
    /// messages and the labels of the large headline figures.
    public enum ReviewMode {
        // Header
        public static func review(_ id: Int64) -> Phrase { Phrase(en: "Review \(id)", vi: "Cuộc họp \(id)") }
        public static let open = Phrase(en: "open", vi: "đang họp")
        public static let closed = Phrase(en: "closed", vi: "đã kết thúc")
        public static func sectionCounter(_ index: Int, of total: Int) -> Phrase {
            Phrase(en: "section \(index)/\(total)", vi: "mục \(index)/\(total)")
        }
        public static func attendeeCount(_ count: Int) -> Phrase {
            Phrase(en: count == 1 ? "1 attendee" : "\(count) attendees", vi: "\(count) người dự")
        }

        // Footer keys
        public static let section = Phrase(en: "Section", vi: "Mục")
        public static let decision = Phrase(en: "Decision", vi: "Kết luận")
        public static let note = Phrase(en: "Note", vi: "Ghi chú")
        public static let actionItem = Phrase(en: "Action item", vi: "Giao việc")
        public static let attendees = Phrase(en: "Attendees", vi: "Người dự")
        public static let scroll = Phrase(en: "Scroll", vi: "Cuộn")
        public static let quit = Phrase(en: "Quit", vi: "Thoát")
        public static let save = Phrase(en: "Save", vi: "Lưu")
        public static let cancel = Phrase(en: "Cancel", vi: "Hủy")

        // Prompts
        public static func notePrompt(_ section: String) -> Phrase {
            Phrase(en: "Note (\(section))", vi: "Ghi chú (\(section))")
        }
        public static func decisionPrompt(_ section: String) -> Phrase {
            Phrase(en: "Decision (\(section))", vi: "Kết luận (\(section))")
        }
        public static let attendeesPrompt = Phrase(en: "Attendees (Name (role); …)", vi: "Người dự (Họ tên (chức vụ); …)")
        public static let actionTextPrompt = Phrase(en: "Action item", vi: "Nội dung việc giao")
        public static let actionOwnerPrompt = Phrase(en: "Owner unit id", vi: "Mã đơn vị thực hiện")
        public static let actionDuePrompt = Phrase(en: "Due (YYYY-MM-DD)", vi: "Hạn (YYYY-MM-DD)")

        // Messages
        public static let noteSaved = Phrase(en: "Note saved.", vi: "Đã lưu ghi chú.")
        public static let decisionSaved = Phrase(en: "Decision saved.", vi: "Đã lưu kết luận.")
        public static let attendeesSaved = Phrase(en: "Attendees saved.", vi: "Đã lưu danh sách người dự.")
        public static let actionItemSaved = Phrase(en: "Action item saved.", vi: "Đã lưu việc giao.")
        public static let emptyText = Phrase(en: "Nothing to save: type the text, or Esc to cancel.",
                                             vi: "Chưa có nội dung: hãy nhập, hoặc Esc để hủy.")
        public static func unknownUnit(_ id: String) -> Phrase {
            Phrase(en: "No unit '\(id)': type a unit id as in units.csv.",
                   vi: "Không có đơn vị '\(id)': nhập mã đơn vị như trong units.csv.")
        }
        public static func notADate(_ text: String) -> Phrase {
            Phrase(en: "'\(text)' is not a date: type YYYY-MM-DD.", vi: "'\(text)' không phải ngày: nhập YYYY-MM-DD.")
        }
        public static func dueBeforeReview(_ day: Day) -> Phrase {
            Phrase(en: "The due date is before the review (\(day.text(.en))).", vi: "Hạn trước ngày họp (\(day.text(.vi))).")
        }
        public static func notSaved(_ reason: String) -> Phrase {
            Phrase(en: "Not saved: \(reason)", vi: "Chưa lưu: \(reason)")
        }

        // Screen
        public static let nothingRecorded = Phrase(en: "Nothing recorded on this section yet: d decision, n note.",
                                                   vi: "Mục này chưa có ghi chú hay kết luận: d kết luận, n ghi chú.")

        // Headline labels
        public static let previousDone = Phrase(en: "previous items done", vi: "việc giao đã xong")
        public static let onlineShare = Phrase(en: "services online", vi: "dịch vụ công trực tuyến")
        public static let objectivesMet = Phrase(en: "objectives met", vi: "mục tiêu đạt")
        public static let offTrack = Phrase(en: "off track", vi: "không đạt")
        public static let docsOnTime = Phrase(en: "documents on time", vi: "văn bản đúng hạn")
        public static let proceduresReviewed = Phrase(en: "procedures reviewed", vi: "quy trình được rà soát")
        public static let openActions = Phrase(en: "actions open", vi: "hành động đang mở")
        public static let overdueActions = Phrase(en: "overdue", vi: "quá hạn")
        public static let nonconformities = Phrase(en: "nonconformities", vi: "điểm không phù hợp")
        public static let auditsHeld = Phrase(en: "audits", vi: "cuộc đánh giá")
        public static let improvements = Phrase(en: "opportunities", vi: "cơ hội cải tiến")
        public static let decisionsTaken = Phrase(en: "decisions", vi: "kết luận")
        public static let actionItemsGiven = Phrase(en: "action items", vi: "việc giao")

        /// Every phrase without arguments, for the catalogue test.
        public static let catalogue: [Phrase] = [
            open, closed, section, decision, note, actionItem, attendees, scroll, quit, save, cancel, attendeesPrompt,
            actionTextPrompt, actionOwnerPrompt, actionDuePrompt, noteSaved, decisionSaved, attendeesSaved,
            actionItemSaved, emptyText, nothingRecorded, previousDone, onlineShare, objectivesMet, offTrack, docsOnTime,
            proceduresReviewed, openActions, overdueActions, nonconformities, auditsHeld, improvements, decisionsTaken,
            actionItemsGiven,
        ]
    }
}
