package a

import _ "bad/cycle/b"
