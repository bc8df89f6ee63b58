// Command minimal is the bench's reference page: go-app with one input and
// one computed line, built and served the same way as the explainer, so the
// bench can compare sizes and keystroke latency in the same run.
package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

type page struct {
	app.Compo
	value string
}

func (p *page) Render() app.UI {
	n, err := strconv.Atoi(p.value)
	line := "enter a number"
	if err == nil {
		line = strconv.Itoa(n * 2)
	}
	return app.Div().Body(
		app.Label().For("in").Text("Number"),
		app.Input().ID("in").Type("text").Value(p.value).OnInput(func(ctx app.Context, e app.Event) {
			p.value = ctx.JSSrc().Get("value").String()
		}),
		app.P().ID("out").DataSet("value", line).Text(line),
	)
}

func (p *page) OnMount(ctx app.Context) {
	app.Window().Get("performance").Call("mark", "app-ready")
}

func main() {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", "go-main") // as the explainer marks it
	}
	app.Route("/", func() app.Composer { return &page{} })
	app.RunWhenOnBrowser()
	serve()
}
