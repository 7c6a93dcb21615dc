// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let help_vi_ascii = #"""
         So Thong tin va Truyen thong (5 d...  tinh den 25/11/2026 | ! 1 tep bi tu choi
         1 Tong quan   2 Muc tieu   3 Danh gia   4 Hanh dong   5 Don vi   6 Dong bo
         + dat 2/7 | x 2 chua dat | ! 2 co nguy co | 5 qua han | 2 cuoc danh gia dang mo
        ++ Phim tat ----------------------------------------------------------- 17/26 ++
        || 1 ... 6                  Chuyen man hinh (cac the o tren cung)             ||
        || Up Down  k j             Di chuyen dong chon hoac cuon                     ||
        || PgUp PgDn  Space         Len hoac xuong mot trang                          ||
        || Home End  g G            Dong dau hoac dong cuoi                           ||
        || Enter  Right  l          Xem chi tiet dong chon; o man Don vi, chon don vi ||
        ||                          do lam pham vi                                    ||
        || Esc  Left  h  Backspace  Quay lai tu man chi tiet, xoa bo loc, hoac (o man ||
        ||                          Don vi) tro lai don vi cap tren                   ||
        +| Tab  Shift-Tab           Khung ke tiep hoac khung truoc                    |+
        +| /                        Loc muc tieu (ma, ten, don vi, nguoi phu trach)   |+
        ||                          hoac hanh dong (nguoi thuc hien); khong phan biet ||
        ||                          hoa thuong va dau: van phong tim duoc Van phong   ||
        || u                        Chon don vi trong pham vi, tu bat ky man hinh nao ||
        || s                        Muc tieu: doi cach sap xep                        ||
        || s                        Hanh dong: loc theo trang thai (mo, dang thuc     ||
        ||                          hien) hoac tat ca                                 ||
        || o                        Hanh dong: chi cac hanh dong qua han, hoac moi    ||
        |+----------------------------------------------------------------------------+|
        +--------------------------------------++--------------------------------------+
        j/k Di chuyen  Esc/q Dong
        """#
}
