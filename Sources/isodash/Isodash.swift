import QMSDomain
import QMSStore
import QMSSync
import TermUI
import TermUINcurses
import QMSDashboard

@main
struct Isodash {
    static func main() {
        print("isodash")
    }
}
