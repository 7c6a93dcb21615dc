import Foundation
import QMSDomain

/// An actions export that brings the store's open actions up to the count the
/// paging measurement asks for (the demo has a few thousand; the issue pages
/// through 100,000). Rows are open or in progress, so all of them are on the
/// Actions screen's default list, and spread over the units and the year.
struct ActionsFile {
    let unitIDs: [String]
    let rows: Int
    let asOf: Day

    /// Writes `actions-bench-YYYY.csv` into `folder`; returns its path.
    func write(into folder: String) throws(BenchError) -> String {
        let path = folder + "/actions-bench-\(asOf.year).csv"
        guard !unitIDs.isEmpty else {
            throw BenchError.unexpectedData("the store holds no units; the paging store needs them for its actions")
        }
        var text = "id,title,unit_id,finding_id,owner,opened_on,due_on,closed_on,status\n"
        text.reserveCapacity(rows * 110 + 100)
        let owners = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng", "Hoàng Thu Hà"]
        let subjects = ["Rà soát và cập nhật quy trình", "Bổ sung hồ sơ", "Niêm yết công khai thủ tục",
                        "Khắc phục điểm không phù hợp", "Đào tạo lại cán bộ"]
        let first = Day.startOfYear(asOf.year)
        let span = max(1, asOf.ordinal - first.ordinal)
        for n in 0..<rows {
            let opened = first.adding(days: (n * 7919) % span)
            let due = opened.adding(days: 10 + (n * 104_729) % 120)
            let unit = unitIDs[n % unitIDs.count]
            text += "BENCH-\(String(format: "%06d", n + 1)),\(subjects[n % subjects.count]) số \(n + 1),\(unit),,"
            text += "\(owners[n % owners.count]),\(opened),\(due),,\(n % 3 == 0 ? "in_progress" : "open")\n"
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw BenchError.io(path: path, reason: "cannot write the actions file")
        }
        return path
    }
}
