package b

import _ "bad/cycle/a"
