package browser

// FileHandoff is the name of the global through which the UI hands a picked
// file to this package, since go-app's app.Value cannot be turned into a
// syscall/js value. In a go-app handler:
//
//	app.Window().Set(browser.FileHandoff, e.Value) // the change or drop event
//	f, err := browser.TakeFile()                   // at once, in the handler
//	ctx.Async(func() { data, err := browser.ReadFile(f, limit); ctx.Dispatch(...) })
//
// The value may be a File, a FileList, an <input type=file>, or an event whose
// target is such an input or that carries a dataTransfer (drag and drop).
// FileFromInput(id) avoids the global when the input has an id.
const FileHandoff = "__breachdeskFile"
