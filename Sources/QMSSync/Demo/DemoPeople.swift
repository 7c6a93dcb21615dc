/// Vietnamese personal names for owners, leads and heads of units.
///
/// Family names follow their real frequency roughly (Nguyễn first), and the
/// middle and given names match in gender, so the names read as real people's.
enum DemoPeople {
    static let familyNames = [
        "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
        "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai",
    ]
    static let femaleMiddleNames = ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Phương", "Kim"]
    static let femaleGivenNames = [
        "Lan", "Hương", "Hà", "Phương", "Thảo", "Nga", "Quỳnh", "Yến", "Thủy", "Trang", "Linh", "Hạnh", "Mai",
        "Hoa", "Huyền", "Nhung", "Oanh", "Vân", "Ánh", "Giang", "Diệp", "Loan",
    ]
    static let maleMiddleNames = ["Văn", "Văn", "Minh", "Hữu", "Đức", "Quốc", "Thanh", "Công", "Xuân", "Hoàng", "Ngọc"]
    static let maleGivenNames = [
        "Hùng", "Dũng", "Tuấn", "Sơn", "Trung", "Bình", "Hải", "Long", "Việt", "Phúc", "Khánh", "Nam", "Thắng",
        "Cường", "Hiếu", "Quang", "Tâm", "Toàn", "Lộc", "Huy", "Định", "Nghĩa",
    ]

    /// A full name such as "Nguyễn Thị Lan" or "Trần Quốc Bảo".
    static func name(_ random: inout DemoRandom) -> String {
        let family = random.pick(familyNames)
        if random.chance(0.5) {
            return family + " " + random.pick(femaleMiddleNames) + " " + random.pick(femaleGivenNames)
        }
        return family + " " + random.pick(maleMiddleNames) + " " + random.pick(maleGivenNames)
    }
}
