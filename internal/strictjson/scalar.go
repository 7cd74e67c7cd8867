package strictjson

import (
	"fmt"
	"reflect"
	"strconv"
)

// This file decodes the leaves that have no decoding of their own: strings,
// booleans and numbers, checked against their Go type, and the values that
// Options.Verbatim lets through as they are written.

// scalar decodes raw into v, a string, a boolean or a number, and returns
// why it cannot. On error v is unchanged.
func scalar(raw []byte, v reflect.Value) error {
	t := v.Type()
	switch t.Kind() {
	case reflect.String:
		if raw[0] != '"' {
			return wrongType(t, raw)
		}
		v.SetString(unquote(raw))
	case reflect.Bool:
		if raw[0] != 't' && raw[0] != 'f' {
			return wrongType(t, raw)
		}
		v.SetBool(raw[0] == 't')
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if !isNumber(raw) {
			return wrongType(t, raw)
		}
		n, err := strconv.ParseInt(string(raw), 10, t.Bits())
		if err != nil {
			return numberError(t, err)
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if !isNumber(raw) {
			return wrongType(t, raw)
		}
		n, err := strconv.ParseUint(string(raw), 10, t.Bits())
		if err != nil && raw[0] == '-' && isInteger(raw[1:]) {
			err = strconv.ErrRange
		}
		if err != nil {
			return numberError(t, err)
		}
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		if !isNumber(raw) {
			return wrongType(t, raw)
		}
		f, err := strconv.ParseFloat(string(raw), t.Bits())
		if err != nil {
			return numberError(t, err)
		}
		v.SetFloat(f)
	default:
		return fmt.Errorf("%w: %s", ErrUnsupported, t)
	}
	return nil
}

// isNumber reports whether the valid JSON value raw is a number.
func isNumber(raw []byte) bool { return raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9' }

// isInteger reports whether raw is digits only.
func isInteger(raw []byte) bool {
	for _, c := range raw {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(raw) > 0
}

// numberError words why strconv refused a JSON number for type t: out of
// its range, or not an integer.
func numberError(t reflect.Type, err error) error {
	if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange || err == strconv.ErrRange {
		return fmt.Errorf("%w: out of the range of %s", ErrWrongType, t)
	}
	return fmt.Errorf("%w: want an integer", ErrWrongType)
}

// verbatim sets v to the value raw writes, bypassing the decoding of v's
// type: a string into a type whose kind is string, an integer into an
// integer type. It reports whether it could.
func verbatim(raw []byte, v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		if raw[0] != '"' {
			return false
		}
		v.SetString(unquote(raw))
		return true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(string(raw), 10, 64)
		if err != nil || v.OverflowInt(n) {
			return false
		}
		v.SetInt(n)
		return true
	}
	return false
}
