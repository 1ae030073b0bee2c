package web_test

import (
	"bytes"
	"context"
	"flag"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// update rewrites the screenshots under docs/:
//
//	go test ./web -run Screenshots -args -update
var update = flag.Bool("update", false, "rewrite docs/dashboard-board.png and docs/dashboard-thread.png")

// chromiumPath finds Debian's chromium (apt-get install chromium);
// $HEARBACK_CHROMIUM names another. Without one the browser test skips,
// unless $HEARBACK_REQUIRE_CHROMIUM is set (CI), where it fails.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("HEARBACK_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("HEARBACK_REQUIRE_CHROMIUM") != "" {
		t.Fatal("no chromium on $PATH, and HEARBACK_REQUIRE_CHROMIUM is set: apt-get install -y chromium")
	}
	t.Skip("no chromium on $PATH: apt-get install -y chromium (Debian) runs this test")
	return ""
}

// browser starts headless Chromium that can reach 127.0.0.1 and nothing
// else: no background networking, no component updates, no sync, a fresh
// profile, and every other host name unresolvable.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.Flag("disable-client-side-phishing-detection", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication"),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.WindowSize(1440, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() {
		cancelTimeout()
		cancel()
		cancelAlloc()
	})
	return ctx
}

// In a real browser, on the demo mailbox: the board, a thread, the snooze
// button, and the card in its new column. The screenshots of the board and
// of the thread page are docs/dashboard-board.png and
// docs/dashboard-thread.png (-update rewrites them).
func TestBrowserScreenshots(t *testing.T) {
	env := newDemoEnv(t)
	srv := httptest.NewServer(env.h)
	defer srv.Close()
	ctx := browser(t)
	jane := env.idOf(t, "jane.doe@acme-robotics.com")
	card := "#card-" + jane

	column := func() string {
		t.Helper()
		col, err := chromedp.Run(ctx, chromedp.Evaluate[string](
			`document.getElementById("card-`+jane+`").closest("section.column").classList[1]`))
		if err != nil {
			t.Fatalf("finding the card's column: %v", err)
		}
		return col
	}
	must := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}

	must("open the board", chromedp.EmulateViewport(1440, 1000), chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(card))
	if col := column(); col != "col-drafted" {
		t.Fatalf("before snooze, the card is in %s, want col-drafted", col)
	}
	// The first Tab reaches the skip link: the page is keyboard navigable
	// from its first stop.
	must("tab", chromedp.KeyEvent("\t"))
	if focus, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.className`)); err != nil || focus != "skip" {
		t.Errorf("first Tab focuses %q (%v), want the skip link", focus, err)
	}
	must("blur", chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`))
	boardPNG, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}

	must("open the thread", chromedp.Click(card+" h3 a"), chromedp.WaitVisible("#h-decision"))
	// Jane said she would call: her number is a tel: link in E.164 beside
	// the script, and the draft on the same page does not hold the script.
	must("see the call", chromedp.WaitVisible("#h-call"))
	tel, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const a = document.querySelector(".call a.tel"); return a ? a.getAttribute("href") + " " + a.textContent : "" })()`))
	if err != nil || tel != "tel:+15555550100 +1 555-555-0100" {
		t.Errorf("the call's link is %q (%v), want tel:+15555550100 showing +1 555-555-0100", tel, err)
	}
	script, err := chromedp.Run(ctx, chromedp.Text(".call .script"))
	if err != nil || !strings.Contains(script, "Hi Jane, it's Alex Rivera.") || !strings.Contains(script, "Senior Backend Engineer") {
		t.Errorf("the call script reads %q (%v)", script, err)
	}
	mail, err := chromedp.Run(ctx, chromedp.Text("section.draft pre.mail"))
	mail, _, _ = strings.Cut(mail, "\nOn ") // the quote of Jane's message has her number
	if err != nil || strings.Contains(mail, "it's Alex Rivera") || strings.Contains(mail, "555-0100") {
		t.Errorf("the draft on the page holds the script or the number (%v):\n%s", err, mail)
	}
	threadPNG, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}

	must("press snooze 1 week", chromedp.Click(`button[name="for"][value="1w"]`), chromedp.WaitVisible(".flash"))
	flash, err := chromedp.Run(ctx, chromedp.Text(".flash"))
	if err != nil || !strings.Contains(flash, "Snoozed: no draft before Wed Apr 28") {
		t.Errorf("after snooze the page says %q (%v)", flash, err)
	}
	must("back to the board", chromedp.Click(".flash a"), chromedp.WaitVisible(card))
	if col := column(); col != "col-waiting" {
		t.Errorf("after snooze, the card is in %s, want col-waiting", col)
	}
	badge, err := chromedp.Run(ctx, chromedp.Text(card+" .badge"))
	if err != nil || !strings.HasPrefix(badge, "snoozed until") {
		t.Errorf("the moved card's badge is %q (%v)", badge, err)
	}

	// Dark: the same page in the other colour scheme.
	light, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.body).backgroundColor`))
	if err != nil {
		t.Fatal(err)
	}
	must("dark", func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
		return chromedp.Void{}, err
	})
	dark, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.body).backgroundColor`))
	if err != nil || dark == light {
		t.Errorf("background light %s, dark %s (%v): want two colour schemes", light, dark, err)
	}

	for name, png := range map[string][]byte{"dashboard-board.png": boardPNG, "dashboard-thread.png": threadPNG} {
		if !bytes.HasPrefix(png, []byte("\x89PNG")) {
			t.Fatalf("%s is not a PNG", name)
		}
		path := filepath.Join("..", "docs", name)
		if *update {
			if err := os.WriteFile(path, png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s (%d bytes)", path, len(png))
		} else if err := os.WriteFile(filepath.Join(t.TempDir(), name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
