// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let overview_vi_ascii = #"""
         So Thong tin va Truyen thong (5 d...  tinh den 25/11/2026 | ! 1 tep bi tu choi
         1 Tong quan   2 Muc tieu   3 Danh gia   4 Hanh dong   5 Don vi   6 Dong bo
         + dat 2/7 | x 2 chua dat | ! 2 co nguy co | 5 qua han | 2 cuoc danh gia dang mo
        + Muc tieu chat luong 2026 ----------------------------------------------- 1/7 +
        |Trang thai   Muc tieu                          Tien do       Gia tri  Chi tieu|
        |x chua dat   Ty le ho so giai quyet dung han   ###########.      88%     >=95%|
        |x chua dat   Ty le thu tuc hanh chinh cung...  #########...      60%     >=80%|
        |! co nguy co khong the dat | Ty le van ban...  ###########.    87,9%     >=90%|
        |! co nguy co Thoi gian trung binh xu ly ho so  ###########.      5,4       <=5|
        |- chua co... So quy trinh duoc ra soat, cap... ............        -      >=12|
        |+ dat        Muc do hai long cua nguoi dan     ############      90%     >=85%|
        |+ dat        Muc tieu ^[[...]do^[[...] co k... ############      60%     >=50%|
        +------------------------------------------------------------------------------+
        + Danh gia dang mo --------------- 1/2 ++ Hanh dong qua han -------------- 1/5 +
        |Cuoc danh gia          Nang/Nhe/KN/CH ||      Tre Hanh dong       Don vi      |
        |Danh gia noi bo dot... 1/1/1/0        || 148 ngay Lap ke hoach... Phong Buu...|
        |Danh gia giam sat l... 0/0/0/0        || 102 ngay Ra soat danh... Phong Buu...|
        |                                      ||  85 ngay Sao luu dinh... Trung tam...|
        |                                      ||  30 ngay Niem yet quy... Bo phan M...|
        |                                      ||   5 ngay Bo sung thoi... Van phong So|
        |                                      ||                                      |
        |                                      ||                                      |
        +--------------------------------------++--------------------------------------+
        q Thoat  ? Tro giup  j/k Di chuyen  Enter Xem  Tab Khung  u Don vi  1-6 Man hinh
        """#
}
