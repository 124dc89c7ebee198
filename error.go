package hadath

import (
	"errors"
	"fmt"
)

// Application error codes. Each maps to one HTTP status in http/.
const (
	EBUSY         = "busy"         // too much work in hand: try again shortly
	ECONFLICT     = "conflict"     // the action conflicts with the current state
	EFORBIDDEN    = "forbidden"    // the request is refused whoever sends it
	EINTERNAL     = "internal"     // a bug or an unexpected failure
	EINVALID      = "invalid"      // the input is malformed or out of range
	ENOTFOUND     = "not_found"    // the thing asked for does not exist
	ETOOLARGE     = "too_large"    // the input is over a size limit
	EUNAUTHORIZED = "unauthorized" // credentials are missing or wrong
)

// Error is the application error: a code that callers can branch on and a
// message that can be shown to a user.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or
// a generic message for other errors, so internals are not leaked.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
