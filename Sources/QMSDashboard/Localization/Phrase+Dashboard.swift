import QMSDomain

extension Phrase {
    /// The dashboard's fixed texts, in both languages.
    ///
    /// An enum rather than loose constants so that `allCases` is the whole catalogue: the
    /// catalogue test walks it and no phrase can be forgotten there. Texts with values are
    /// the functions in `Phrase+DashboardValues.swift`.
    public enum Dashboard: CaseIterable, Sendable {
        // Screens
        case overview, objectives, audits, actions, units, sync
        // Header
        case wholeOrganisation, neverSynced
        // Key hints (footer) and help
        case quit, help, filter, move, open, back, panel, unit, sort, status, overdueOnly, setScope
        case page, firstLast, screens, redraw, choose, cancel, apply, deleteCharacter, closeHelp
        case helpTitle, helpScreens, helpMove, helpPage, helpFirstLast, helpOpen, helpBack, helpPanel
        case helpFilter, helpUnit, helpSortObjectives, helpActionStatus, helpOverdueOnly, helpRedraw, helpReview
        case helpHelp, helpQuit, helpFooter, helpStatusWords, helpScrollHint
        // Too small
        case enlargeTitle
        // Overview
        case objectivesMetTitle, offTrackTitle
        case qualityObjectives, openAudits, overdueActions, nothingOffTrack
        case noObjectives, noOpenAudits, noOverdueActions
        // Column headers
        case columnStatus, columnObjective, columnProgress, columnValue, columnTarget, columnUnit
        case columnOwner, columnDue, columnLate, columnAudit, columnFindings, columnStart, columnEnd
        case columnKind, columnLead, columnAction, columnID, columnClause, columnGrade, columnDescription
        case columnTime, columnFile, columnResult, columnRows, columnErrors, columnLine, columnColumn
        case columnMessage, columnMonth, columnNumerator, columnDenominator, columnPeriod, columnNote
        case columnOffTrack, columnAtRisk, columnOpenAudits, columnOverdue, columnDocsElectronic
        case columnDocsOnTime, columnOpened, columnCount, columnFindingsByGrade, columnDueSoon, columnDaysToClose
        // Status words that are not ObjectiveStatus
        case noDataShort
        // Finding grades, short (the long labels come from QMSDomain)
        case gradeMajorShort, gradeMinorShort, gradeObservationShort, gradeImprovementShort
        // Objectives
        case allObjectives, sortByStatus, sortByID, sortByTitle, sortByUnit
        case objectiveDetail, target, margin, direction, higherIsBetter, lowerIsBetter, owner, due
        case snapshotIndicator
        case indicator, measuredByReports, value, trend, noTrend, measurements, noMeasurements
        case statusRule, noValueRule, objectiveGone, pace
        // Audits
        case openAndRecentAudits, noAudits, findings, noFindings, actionsRaised, noActionsRaised, auditGone
        case lead, period
        // Actions
        case openActions, noOpenActions, ageing, perUnit, allStatuses, notOverdue, noUnitOverdue
        // Units
        case unitScorecard, noUnits, inScope
        // Unit picker
        case chooseUnit, typeToSearch, noUnitMatches
        // Sync
        case syncLog, noSyncYet, applied, skipped, rejected, noErrorsStored, fileGone, reason
        // Filter
        case filterPrompt, filterOwnerPrompt
        // Problems
        case storeProblem
        // Themes
        case themesSample

        /// The text in both languages.
        public var phrase: Phrase {
            switch self {
            case .overview: return Phrase(en: "Overview", vi: "Tổng quan")
            case .objectives: return Phrase(en: "Objectives", vi: "Mục tiêu")
            case .audits: return Phrase(en: "Audits", vi: "Đánh giá")
            case .actions: return Phrase(en: "Actions", vi: "Hành động")
            case .units: return Phrase(en: "Units", vi: "Đơn vị")
            case .sync: return Phrase(en: "Sync", vi: "Đồng bộ")

            case .wholeOrganisation: return Phrase(en: "Whole organisation", vi: "Toàn cơ quan")
            case .neverSynced: return Phrase(en: "never synced", vi: "chưa đồng bộ")

            case .quit: return Phrase(en: "Quit", vi: "Thoát")
            case .help: return Phrase(en: "Help", vi: "Trợ giúp")
            case .filter: return Phrase(en: "Filter", vi: "Lọc")
            case .move: return Phrase(en: "Move", vi: "Di chuyển")
            case .open: return Phrase(en: "Open", vi: "Xem")
            case .back: return Phrase(en: "Back", vi: "Quay lại")
            case .panel: return Phrase(en: "Panel", vi: "Khung")
            case .unit: return Phrase(en: "Unit", vi: "Đơn vị")
            case .sort: return Phrase(en: "Sort", vi: "Sắp xếp")
            case .status: return Phrase(en: "Status", vi: "Trạng thái")
            case .overdueOnly: return Phrase(en: "Overdue only", vi: "Chỉ quá hạn")
            case .setScope: return Phrase(en: "Set scope", vi: "Chọn phạm vi")
            case .page: return Phrase(en: "Page", vi: "Trang")
            case .firstLast: return Phrase(en: "First/last", vi: "Đầu/cuối")
            case .screens: return Phrase(en: "Screens", vi: "Màn hình")
            case .redraw: return Phrase(en: "Redraw", vi: "Vẽ lại")
            case .choose: return Phrase(en: "Choose", vi: "Chọn")
            case .cancel: return Phrase(en: "Cancel", vi: "Huỷ")
            case .apply: return Phrase(en: "Done", vi: "Xong")
            case .deleteCharacter: return Phrase(en: "Delete", vi: "Xoá")
            case .closeHelp: return Phrase(en: "Close", vi: "Đóng")
            case .helpTitle: return Phrase(en: "Keys", vi: "Phím tắt")
            case .helpScreens: return Phrase(en: "Jump to a screen (the tabs at the top)",
                                             vi: "Chuyển màn hình (các thẻ ở trên cùng)")
            case .helpMove: return Phrase(en: "Move the selection, or scroll", vi: "Di chuyển dòng chọn hoặc cuộn")
            case .helpPage: return Phrase(en: "One page up or down", vi: "Lên hoặc xuống một trang")
            case .helpFirstLast: return Phrase(en: "First or last row", vi: "Dòng đầu hoặc dòng cuối")
            case .helpOpen: return Phrase(en: "Open the selected row; on Units, make that unit the scope",
                                          vi: "Xem chi tiết dòng chọn; ở màn Đơn vị, chọn đơn vị đó làm phạm vi")
            case .helpBack: return Phrase(en: "Back out of a detail, clear the filter, or (on Units) go back up to the unit above",
                                          vi: "Quay lại từ màn chi tiết, xoá bộ lọc, hoặc (ở màn Đơn vị) trở lại đơn vị cấp trên")
            case .helpPanel: return Phrase(en: "Next or previous panel", vi: "Khung kế tiếp hoặc khung trước")
            case .helpFilter: return Phrase(en: "Filter objectives (id, title, unit, owner) or actions (owner); ignores case and diacritics: van phong finds Văn phòng",
                                            vi: "Lọc mục tiêu (mã, tên, đơn vị, người phụ trách) hoặc hành động (người thực hiện); không phân biệt hoa thường và dấu: van phong tìm được Văn phòng")
            case .helpUnit: return Phrase(en: "Choose the unit in scope, from any screen",
                                          vi: "Chọn đơn vị trong phạm vi, từ bất kỳ màn hình nào")
            case .helpSortObjectives: return Phrase(en: "Objectives: change the sort order",
                                                    vi: "Mục tiêu: đổi cách sắp xếp")
            case .helpActionStatus: return Phrase(en: "Actions: show one status (open, in progress) or all",
                                                  vi: "Hành động: lọc theo trạng thái (mở, đang thực hiện) hoặc tất cả")
            case .helpOverdueOnly: return Phrase(en: "Actions: only overdue ones, or all open ones",
                                                 vi: "Hành động: chỉ các hành động quá hạn, hoặc mọi hành động đang mở")
            case .helpRedraw: return Phrase(en: "Redraw the whole screen", vi: "Vẽ lại toàn bộ màn hình")
            case .helpReview: return Phrase(en: "Review mode: hold today's management review for the unit in scope",
                                            vi: "Chế độ họp xem xét của lãnh đạo cho đơn vị đang xem")
            case .helpHelp: return Phrase(en: "Show or hide this help", vi: "Hiện hoặc ẩn trợ giúp này")
            case .helpQuit: return Phrase(en: "Quit (the terminal is restored)", vi: "Thoát (trả lại màn hình terminal)")
            case .helpFooter: return Phrase(en: "The bottom line always lists the keys that work where you are.",
                                            vi: "Dòng cuối màn hình luôn liệt kê các phím dùng được tại chỗ.")
            case .helpStatusWords: return Phrase(en: "Status marks: ✓ met  ! at risk  ✗ off track  · no data",
                                                 vi: "Ký hiệu trạng thái: ✓ đạt  ! có nguy cơ  ✗ chưa đạt  · chưa có số liệu")
            case .helpScrollHint: return Phrase(en: "↑↓ scroll · any other key closes",
                                                vi: "↑↓ cuộn · phím khác để đóng")

            case .enlargeTitle: return Phrase(en: "The terminal is too small", vi: "Cửa sổ terminal quá nhỏ")

            case .objectivesMetTitle: return Phrase(en: "Objectives met", vi: "Mục tiêu đạt")
            case .offTrackTitle: return Phrase(en: "Objectives off track", vi: "Mục tiêu chưa đạt")
            case .qualityObjectives: return Phrase(en: "Quality objectives", vi: "Mục tiêu chất lượng")
            case .openAudits: return Phrase(en: "Open audits", vi: "Đánh giá đang mở")
            case .overdueActions: return Phrase(en: "Overdue actions", vi: "Hành động quá hạn")
            case .nothingOffTrack: return Phrase(en: "Nothing off track, nothing overdue",
                                                 vi: "Không có mục tiêu chưa đạt, không có hành động quá hạn")
            case .noObjectives: return Phrase(en: "No objectives for this year in scope",
                                              vi: "Không có mục tiêu của năm nay trong phạm vi")
            case .noOpenAudits: return Phrase(en: "No open audits", vi: "Không có cuộc đánh giá nào đang mở")
            case .noOverdueActions: return Phrase(en: "No overdue actions", vi: "Không có hành động quá hạn")

            case .columnStatus: return Phrase(en: "Status", vi: "Trạng thái")
            case .columnObjective: return Phrase(en: "Objective", vi: "Mục tiêu")
            case .columnProgress: return Phrase(en: "Progress", vi: "Tiến độ")
            case .columnValue: return Phrase(en: "Value", vi: "Giá trị")
            case .columnTarget: return Phrase(en: "Target", vi: "Chỉ tiêu")
            case .columnUnit: return Phrase(en: "Unit", vi: "Đơn vị")
            case .columnOwner: return Phrase(en: "Owner", vi: "Phụ trách")
            case .columnDue: return Phrase(en: "Due", vi: "Hạn")
            case .columnLate: return Phrase(en: "Late", vi: "Trễ")
            case .columnAudit: return Phrase(en: "Audit", vi: "Cuộc đánh giá")
            case .columnFindings: return Phrase(en: "Findings", vi: "Phát hiện")
            case .columnStart: return Phrase(en: "Start", vi: "Bắt đầu")
            case .columnEnd: return Phrase(en: "End", vi: "Kết thúc")
            case .columnKind: return Phrase(en: "Kind", vi: "Loại")
            case .columnLead: return Phrase(en: "Lead", vi: "Trưởng đoàn")
            case .columnAction: return Phrase(en: "Action", vi: "Hành động")
            case .columnID: return Phrase(en: "ID", vi: "Mã")
            case .columnClause: return Phrase(en: "Clause", vi: "Điều khoản")
            case .columnGrade: return Phrase(en: "Grade", vi: "Mức độ")
            case .columnDescription: return Phrase(en: "Description", vi: "Mô tả")
            case .columnTime: return Phrase(en: "Time", vi: "Thời gian")
            case .columnFile: return Phrase(en: "File", vi: "Tệp")
            case .columnResult: return Phrase(en: "Result", vi: "Kết quả")
            case .columnRows: return Phrase(en: "Rows", vi: "Số dòng")
            case .columnErrors: return Phrase(en: "Errors", vi: "Lỗi")
            case .columnLine: return Phrase(en: "Where", vi: "Vị trí")
            case .columnColumn: return Phrase(en: "Column", vi: "Cột")
            case .columnMessage: return Phrase(en: "What is wrong", vi: "Lỗi gì")
            case .columnMonth: return Phrase(en: "Month", vi: "Tháng")
            case .columnNumerator: return Phrase(en: "Numerator", vi: "Tử số")
            case .columnDenominator: return Phrase(en: "Denominator", vi: "Mẫu số")
            case .columnPeriod: return Phrase(en: "Period", vi: "Kỳ")
            case .columnNote: return Phrase(en: "Note", vi: "Ghi chú")
            case .columnOffTrack: return Phrase(en: "Off track", vi: "Chưa đạt")
            case .columnAtRisk: return Phrase(en: "At risk", vi: "Nguy cơ")
            case .columnOpenAudits: return Phrase(en: "Audits", vi: "Đánh giá")
            case .columnOverdue: return Phrase(en: "Overdue", vi: "Quá hạn")
            case .columnDocsElectronic: return Phrase(en: "Docs e-%", vi: "VB đ.tử %")
            case .columnDocsOnTime: return Phrase(en: "On time %", vi: "Đúng hạn %")
            case .columnOpened: return Phrase(en: "Opened", vi: "Ngày mở")
            case .columnFindingsByGrade: return Phrase(en: "Maj/Min/Obs/OFI", vi: "Nặng/Nhẹ/KN/CH")
            case .columnCount: return Phrase(en: "Count", vi: "Số lượng")
            case .columnDueSoon: return Phrase(en: "Due soon", vi: "Sắp đến hạn")
            case .columnDaysToClose: return Phrase(en: "Days to close", vi: "Ngày xử lý")

            case .noDataShort: return Phrase(en: "n/a", vi: "—")

            case .gradeMajorShort: return Phrase(en: "major", vi: "nặng")
            case .gradeMinorShort: return Phrase(en: "minor", vi: "nhẹ")
            case .gradeObservationShort: return Phrase(en: "obs.", vi: "k.nghị")
            case .gradeImprovementShort: return Phrase(en: "OFI", vi: "c.tiến")

            case .allObjectives: return Phrase(en: "Objectives", vi: "Mục tiêu")
            case .sortByStatus: return Phrase(en: "by status", vi: "theo trạng thái")
            case .sortByID: return Phrase(en: "by id", vi: "theo mã")
            case .sortByTitle: return Phrase(en: "by title", vi: "theo tên")
            case .sortByUnit: return Phrase(en: "by unit", vi: "theo đơn vị")
            case .objectiveDetail: return Phrase(en: "Objective", vi: "Mục tiêu")
            case .target: return Phrase(en: "Target", vi: "Chỉ tiêu")
            case .margin: return Phrase(en: "Warning margin", vi: "Ngưỡng cảnh báo")
            case .direction: return Phrase(en: "Direction", vi: "Chiều")
            case .higherIsBetter: return Phrase(en: "higher is better", vi: "càng cao càng tốt")
            case .lowerIsBetter: return Phrase(en: "lower is better", vi: "càng thấp càng tốt")
            case .owner: return Phrase(en: "Owner", vi: "Phụ trách")
            case .due: return Phrase(en: "Due", vi: "Hạn")
            case .pace: return Phrase(en: "Pace", vi: "Tiến độ")
            case .indicator: return Phrase(en: "Indicator", vi: "Chỉ số")
            case .measuredByReports: return Phrase(en: "reported measurements", vi: "số liệu báo cáo")
            case .value: return Phrase(en: "Value", vi: "Giá trị")
            case .trend: return Phrase(en: "Trend", vi: "Diễn biến")
            case .noTrend: return Phrase(en: "No values yet this year", vi: "Chưa có số liệu trong năm")
            case .snapshotIndicator: return Phrase(en: "This indicator is a snapshot of today's services: it has no history",
                                                   vi: "Chỉ số này là ảnh chụp các dịch vụ hiện tại nên không có diễn biến theo tháng")
            case .measurements: return Phrase(en: "Figures", vi: "Số liệu")
            case .noMeasurements: return Phrase(en: "No figures reported yet", vi: "Chưa có số liệu báo cáo")
            case .statusRule: return Phrase(en: "Why", vi: "Căn cứ")
            case .noValueRule: return Phrase(en: "no value yet, so: no data", vi: "chưa có giá trị nên: chưa có số liệu")
            case .objectiveGone: return Phrase(en: "This objective is no longer in the store (Esc to go back)",
                                               vi: "Mục tiêu này không còn trong kho dữ liệu (Esc để quay lại)")

            case .openAndRecentAudits: return Phrase(en: "Open and recent audits", vi: "Đánh giá đang mở và gần đây")
            case .noAudits: return Phrase(en: "No audits in scope", vi: "Không có cuộc đánh giá nào trong phạm vi")
            case .findings: return Phrase(en: "Findings", vi: "Phát hiện")
            case .noFindings: return Phrase(en: "No findings recorded", vi: "Chưa ghi nhận phát hiện nào")
            case .actionsRaised: return Phrase(en: "Actions raised", vi: "Hành động khắc phục")
            case .noActionsRaised: return Phrase(en: "no action raised yet", vi: "chưa có hành động khắc phục")
            case .auditGone: return Phrase(en: "This audit is no longer in the store (Esc to go back)",
                                           vi: "Cuộc đánh giá này không còn trong kho dữ liệu (Esc để quay lại)")
            case .lead: return Phrase(en: "Lead", vi: "Trưởng đoàn")
            case .period: return Phrase(en: "Dates", vi: "Thời gian")

            case .openActions: return Phrase(en: "Open actions", vi: "Hành động đang mở")
            case .noOpenActions: return Phrase(en: "No open actions", vi: "Không có hành động đang mở")
            case .ageing: return Phrase(en: "Overdue by age", vi: "Quá hạn theo thời gian")
            case .perUnit: return Phrase(en: "Overdue per unit", vi: "Quá hạn theo đơn vị")
            case .allStatuses: return Phrase(en: "all statuses", vi: "mọi trạng thái")
            case .notOverdue: return Phrase(en: "on time", vi: "trong hạn")
            case .noUnitOverdue: return Phrase(en: "No unit has overdue actions", vi: "Không đơn vị nào có hành động quá hạn")

            case .unitScorecard: return Phrase(en: "Unit scorecard", vi: "Bảng theo dõi đơn vị")
            case .noUnits: return Phrase(en: "No units in the store", vi: "Chưa có đơn vị nào trong kho dữ liệu")
            case .inScope: return Phrase(en: "in scope", vi: "đang chọn")

            case .chooseUnit: return Phrase(en: "Choose a unit", vi: "Chọn đơn vị")
            case .typeToSearch: return Phrase(en: "Type to search", vi: "Gõ để tìm")
            case .noUnitMatches: return Phrase(en: "No unit matches", vi: "Không có đơn vị phù hợp")

            case .syncLog: return Phrase(en: "Sync log", vi: "Nhật ký đồng bộ")
            case .noSyncYet: return Phrase(en: "Nothing synced yet: run 'isodash sync PATH' to import export files",
                                           vi: "Chưa đồng bộ lần nào: chạy 'isodash sync PATH' để nhập các tệp xuất")
            case .applied: return Phrase(en: "applied", vi: "đã áp dụng")
            case .skipped: return Phrase(en: "skipped", vi: "bỏ qua")
            case .rejected: return Phrase(en: "rejected", vi: "bị từ chối")
            case .noErrorsStored: return Phrase(en: "No errors recorded for this file", vi: "Tệp này không có lỗi nào được ghi lại")
            case .fileGone: return Phrase(en: "This entry is no longer in the sync log (Esc to go back)",
                                          vi: "Mục này không còn trong nhật ký đồng bộ (Esc để quay lại)")
            case .reason: return Phrase(en: "Reason", vi: "Lý do")

            case .filterPrompt: return Phrase(en: "Filter", vi: "Lọc")
            case .filterOwnerPrompt: return Phrase(en: "Owner", vi: "Người thực hiện")

            case .storeProblem: return Phrase(en: "Cannot read the store", vi: "Không đọc được kho dữ liệu")

            case .themesSample: return Phrase(en: "Sample", vi: "Mẫu")
            }
        }
    }
}
