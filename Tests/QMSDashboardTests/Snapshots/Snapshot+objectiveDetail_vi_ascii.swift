// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let objectiveDetail_vi_ascii = #"""
         So Thong tin va Truyen thong (5 d...  tinh den 25/11/2026 | ! 1 tep bi tu choi
         1 Tong quan   2 Muc tieu   3 Danh gia   4 Hanh dong   5 Don vi   6 Dong bo
        + MT-01 Ty le van ban den duoc xu ly tren moi truong dien tu ------------------+
        | Trang thai      ! co nguy co                                                 |
        | Gia tri         87,9% (29 tren 33) | tu dau nam (thang 01-11/2026)           |
        | Can cu          87,9% chua dat chi tieu 90% nhung trong nguong 5% (>= 85%)   |
        |                 nen: co nguy co                                              |
        | Tien do         36 ngay con lai can 109,4% van ban den xu ly dien tu; ba     |
        |                 thang gan nhat dat 100%. Khong the dat duoc truoc han.       |
        | Chi tieu        >=90% | nguong canh bao 5% | cang cao cang tot               |
        | Don vi          So Thong tin va Truyen thong                                 |
        | Phu trach       Le Van Cuong                                                 |
        | Han             31/12/2026                                                   |
        | Chi so          Van ban den xu ly dien tu                                    |
        +------------------------------------------------------------------------------+
        + Dien bien 2026 --------------------------------------------------------------+
        | Thang 6  ################################################:####   100% 3/3 +  |
        | Thang 7  ################################################:####   100% 3/3 +  |
        | Thang 8  ################################################:####   100% 3/3 +  |
        | Thang 9  ################################################:####   100% 3/3 +  |
        | Thang 10 ################################################:####   100% 3/3 +  |
        | Thang 11 ################################################:####   100% 3/3 +  |
        +------------------------------------------------------------------------------+
        q Thoat  ? Tro giup  j/k Di chuyen  Esc Quay lai  u Don vi  1-6 Man hinh
        """#
}
