// Package initthread defines an Analyzer that checks the OS-thread
// constraints of package initialization and main.main.
//
// # Analyzer initthread
//
// initthread: report thread locks during init and main-thread-only calls off the main thread
//
// runtime.main wires the main goroutine to the main OS thread during
// init and unwires it before main.main, unless an init called
// runtime.LockOSThread: then main.main keeps running on the main thread.
// That is the documented way for a program to use APIs that must run on
// the main thread (Cocoa, GLFW, SDL, GTK, OpenGL contexts):
//
//	func init() { runtime.LockOSThread() }
//
// in package main. The analyzer reports:
//
//   - runtime.LockOSThread during the init of a package other than main:
//     it pins main.main of every program that imports the package;
//   - a call of a main-thread-only function from main.main when no init
//     of the program locks the thread: main.main may run on any thread;
//   - a call of a main-thread-only function from a goroutine: goroutines
//     never run on the main thread.
//
// Main-thread-only functions are those whose doc comment has a line
// "//initvet:mainthread", and a built-in list for go-gl/glfw,
// veandco/go-sdl2, gotk3, gioui, fyne, ebiten and golang.org/x/mobile.
package initthread
