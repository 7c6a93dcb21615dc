import CNcursesw
import TermUI
func _probe() -> Int32 { isodash_getmaxx(isodash_stdscr()) + Int32(isodash_a_bold()) }
