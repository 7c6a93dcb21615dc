import QMSDomain

/// The invented organisation: its units, parents before children, with the
/// habits (volumes, electronic shares) that shape the rest of the data.
struct DemoOrganization: Sendable {
    private(set) var units: [DemoUnit]
    let root: DemoUnit

    private init(units: [DemoUnit]) {
        self.units = units
        self.root = units[0]
    }

    func unit(_ id: String) -> DemoUnit? {
        units.first { $0.id == id }
    }

    static func make(scale: DemoScale, year: Int, random: inout DemoRandom) -> DemoOrganization {
        switch scale {
        case .department: return department(year: year, random: &random)
        case .province: return province(year: year, random: &random)
        }
    }

    // MARK: Department: one Sở

    private static func department(year: Int, random: inout DemoRandom) -> DemoOrganization {
        var units: [DemoUnit] = []
        for spec in DemoCatalog.departmentUnits {
            let isRoot = spec.parent == nil
            let isCentre = spec.id == "STTTT-TTCNTT"
            let tier: DemoUnit.Tier = isRoot ? .root : (isCentre ? .agency : .division)
            var record = UnitRecord(id: spec.id, name: spec.name, parentID: spec.parent, kind: spec.kind)
            if isRoot || isCentre {
                record.standard = "TCVN ISO 9001:2015"
                record.announcedOn = Day(year: year - (isRoot ? 6 : 3), month: isRoot ? 6 : 11, day: isRoot ? 14 : 2)
                record.mandatory = isRoot
            }
            let head = spec.id == "STTTT-VP" ? "Nguyễn Thị Lan" : DemoPeople.name(&random)
            units.append(DemoUnit(
                record: record, tier: tier, head: head, documentWeight: spec.weight,
                inElectronic: spec.inElectronic, outElectronic: spec.outElectronic,
                confidentialShare: spec.id == "STTTT" || spec.id == "STTTT-TTRA" ? 0.012 : 0.003,
                lateShare: spec.id == "STTTT-VP-1C" ? 0.06 : 0.025,
                localRegister: spec.id.hasPrefix("STTTT-TTCNTT")))
        }
        for (name, unitID, _) in DemoCatalog.departmentServices {
            let index = units.firstIndex { $0.id == (unitID ?? "STTTT") }!
            units[index].serviceNames.append(name)
        }
        return DemoOrganization(units: units)
    }

    // MARK: Province: UBND tỉnh, Sở, huyện, xã

    private static func province(year: Int, random: inout DemoRandom) -> DemoOrganization {
        let standard = "TCVN ISO 9001:2015"
        func announced(_ random: inout DemoRandom) -> Day {
            Day(ordinal: Day.startOfYear(year - random.int(2...7)).ordinal + random.int(20...330))
        }
        var units: [DemoUnit] = []
        let rootID = "UBND-BA"
        units.append(DemoUnit(
            record: UnitRecord(id: rootID, name: "Ủy ban nhân dân tỉnh " + DemoCatalog.provinceName, kind: "UBND tỉnh",
                               standard: standard, announcedOn: announced(&random), mandatory: true),
            tier: .root, head: DemoPeople.name(&random), documentWeight: 16,
            inElectronic: 0.99, outElectronic: 0.95, confidentialShare: 0.015, lateShare: 0.02, localRegister: false))

        for spec in DemoCatalog.provinceDepartments {
            let inShare = random.double(0.93...0.995)
            let outShare = random.double(0.82...0.97)
            var department = DemoUnit(
                record: UnitRecord(id: spec.id, name: spec.name, parentID: rootID,
                                   kind: spec.id.hasPrefix("S") ? "Sở" : (spec.id == "VPUB" ? "Văn phòng" : "Cơ quan chuyên môn"),
                                   standard: standard, announcedOn: announced(&random), mandatory: true),
                tier: .department, head: DemoPeople.name(&random), documentWeight: spec.weight,
                inElectronic: inShare, outElectronic: outShare,
                confidentialShare: random.double(0.002...0.01), lateShare: random.double(0.01...0.07),
                localRegister: false)
            department.serviceNames = spec.services
            units.append(department)
            for (suffix, name, kind) in spec.divisions {
                let ownSystem = kind == "Chi cục" || kind == "Trung tâm" || kind == "Đơn vị sự nghiệp"
                var record = UnitRecord(id: spec.id + "-" + suffix, name: name, parentID: spec.id, kind: kind)
                if ownSystem {
                    record.standard = standard
                    record.announcedOn = announced(&random)
                    record.mandatory = kind == "Chi cục"
                }
                units.append(DemoUnit(
                    record: record, tier: ownSystem ? .agency : .division, head: DemoPeople.name(&random),
                    documentWeight: ownSystem ? 3 : 2,
                    inElectronic: min(0.999, inShare + random.double(-0.03...0.02)),
                    outElectronic: min(0.999, outShare + random.double(-0.06...0.03)),
                    confidentialShare: 0.003, lateShare: random.double(0.01...0.06), localRegister: false))
                if suffix == "CCKL" {
                    // Forest ranger stations: the fourth level, one per inland district.
                    for district in DemoCatalog.provinceDistricts.prefix(5) where !district.town {
                        let place = String(district.name.dropFirst("Huyện ".count))
                        units.append(DemoUnit(
                            record: UnitRecord(id: record.id + "-" + district.id, name: "Hạt Kiểm lâm huyện " + place,
                                               parentID: record.id, kind: "Hạt Kiểm lâm"),
                            tier: .division, head: DemoPeople.name(&random), documentWeight: 1,
                            inElectronic: random.double(0.85...0.97), outElectronic: random.double(0.7...0.9),
                            confidentialShare: 0.002, lateShare: random.double(0.02...0.08), localRegister: false))
                    }
                }
            }
        }

        var usedPlaces = Set<String>()
        for district in DemoCatalog.provinceDistricts {
            let inShare = random.double(0.88...0.98)
            let outShare = random.double(0.75...0.93)
            var head = DemoUnit(
                record: UnitRecord(id: district.id, name: "Ủy ban nhân dân " + DemoText.lowercasedFirst(district.name),
                                   parentID: rootID, kind: district.kind, standard: standard,
                                   announcedOn: announced(&random), mandatory: true),
                tier: .district, head: DemoPeople.name(&random), documentWeight: 7,
                inElectronic: inShare, outElectronic: outShare,
                confidentialShare: random.double(0.002...0.008), lateShare: random.double(0.01...0.08),
                localRegister: true)
            head.serviceNames = DemoCatalog.districtServices
            units.append(head)
            units.append(DemoUnit(
                record: UnitRecord(id: district.id + "-VP", name: "Văn phòng HĐND và UBND", parentID: district.id,
                                   kind: "Văn phòng"),
                tier: .division, head: DemoPeople.name(&random), documentWeight: 3,
                inElectronic: min(0.999, inShare + 0.01), outElectronic: min(0.999, outShare + 0.02),
                confidentialShare: 0.004, lateShare: random.double(0.01...0.05), localRegister: true))
            let communeCount = random.int(13...16)
            for n in 1...communeCount {
                var place: String
                repeat {
                    place = random.pick(DemoCatalog.placeFirst) + " " + random.pick(DemoCatalog.placeSecond)
                } while usedPlaces.contains(place) || place.split(separator: " ").count != 2
                    || place.split(separator: " ")[0] == place.split(separator: " ")[1]
                usedPlaces.insert(place)
                let kind: String
                if district.town {
                    kind = n <= (district.id == "TPBA" ? 12 : 7) ? "phường" : "xã"
                } else {
                    kind = n == 1 ? "thị trấn" : "xã"
                }
                let announcedOn: Day? = random.chance(0.9) ? announced(&random) : nil
                var commune = DemoUnit(
                    record: UnitRecord(id: district.id + "-" + DemoDialect.pad(n, 2),
                                       name: DemoText.uppercasedFirst(kind) + " " + place, parentID: district.id,
                                       kind: "UBND " + kind, standard: announcedOn == nil ? nil : standard,
                                       announcedOn: announcedOn, mandatory: false),
                    tier: .commune, head: DemoPeople.name(&random), documentWeight: random.int(2...4),
                    inElectronic: random.double(0.72...0.97), outElectronic: random.double(0.55...0.9),
                    confidentialShare: 0.001, lateShare: random.double(0.01...0.10), localRegister: true)
                commune.serviceNames = DemoCatalog.communeServices
                units.append(commune)
            }
        }
        return DemoOrganization(units: units)
    }
}
