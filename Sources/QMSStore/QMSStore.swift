import CSQLite
import QMSDomain
