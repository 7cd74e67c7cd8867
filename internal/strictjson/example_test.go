package strictjson_test

import (
	"fmt"
	"reflect"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/strictjson"
)

func ExampleDecode() {
	type rules struct {
		Threshold int `json:"threshold"`
	}
	type session struct {
		ID     string        `json:"id"`
		Opens  calendar.Date `json:"opens"`
		Rules  rules         `json:"rules"`
		Themes []string      `json:"themes"`
	}
	var s session
	problems := strictjson.Decode([]byte(`{
		"id": "session-1",
		"opens": "2021-02-30",
		"rules": {"treshold": 100000},
		"themes": ["donnees", 7],
		"id": "session-2"
	}`), &s, strictjson.Options{})
	for _, p := range problems {
		fmt.Println(p)
	}
	fmt.Printf("%q %q\n", s.ID, s.Themes)
	// Output:
	// opens "2021-02-30": calendar: parse date "2021-02-30": invalid date: day outside 1..28
	// rules.treshold: unknown key: want threshold
	// themes[1] 7: wrong type: want a string, got a number
	// id: duplicate key
	// "session-1" ["donnees" ""]
}

func ExampleAppendGo() {
	type body struct {
		Kind string `json:"kind"`
	}
	type project struct {
		Members []body `json:"members"`
	}
	fmt.Println(strictjson.AppendGo("cases[3].project", reflect.TypeFor[project](), "Members[2].Kind"))
	// Output:
	// cases[3].project.members[2].kind
}
