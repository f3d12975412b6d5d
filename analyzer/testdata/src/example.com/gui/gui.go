// Package gui has a function that must run on the main thread, without
// the //initvet:mainthread marker: only a configured model knows.
package gui

func Show() {}

func Title() string { return "app" }
