package main

import (
	"fmt"
	"os"
	"strings"
)

// The environment as a list, changed by Setenv, Unsetenv and Clearenv,
// and the process's identities (their values vary; their relations not).
func main() {
	os.Setenv("PATH", "/bin")
	os.Setenv("HOME", "/home/gopher")
	env := os.Environ()
	fmt.Println(len(env) > 0, strings.Contains(strings.Join(env, "\n"), "PATH="))
	os.Setenv("GOJIT_TEST_X", "1")
	found := false
	for _, kv := range os.Environ() {
		if kv == "GOJIT_TEST_X=1" {
			found = true
		}
	}
	fmt.Println(found)
	os.Unsetenv("PATH")
	fmt.Println(strings.Contains(strings.Join(os.Environ(), "\n"), "\nPATH="))
	fmt.Println(os.Getuid() >= 0, os.Geteuid() == os.Getuid(), os.Getgid() >= 0, os.Getegid() >= 0, os.Getppid() > 0, os.Getpagesize())
	h, err := os.Hostname()
	fmt.Println(h != "", err)
	home, err := os.UserHomeDir()
	fmt.Println(home != "", err)
	os.Setenv("HOME", "")
	_, err = os.UserHomeDir()
	fmt.Println(err)
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("HOME"))
}
