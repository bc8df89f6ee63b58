//go:build !(js && wasm)

package e2e

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/recount-explainer/recount/server"
)

// nginxConf is the caching proxy the README gives, on test ports: it keeps
// what the origin says shared caches may keep (s-maxage), by address.
const nginxConf = `
daemon off;
user %[4]s;
worker_processes 1;
error_log %[1]s/error.log warn;
pid %[1]s/nginx.pid;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path %[1]s/body;
  proxy_temp_path %[1]s/proxy;
  fastcgi_temp_path %[1]s/fastcgi;
  uwsgi_temp_path %[1]s/uwsgi;
  scgi_temp_path %[1]s/scgi;
  proxy_cache_path %[1]s/cache keys_zone=recount:10m max_size=100m inactive=1d;
  server {
    listen 127.0.0.1:%[2]d;
    location / {
      proxy_pass http://%[3]s;
      proxy_set_header Host $host;
      proxy_cache recount;
      proxy_cache_lock on;
      add_header X-Cache $upstream_cache_status always;
    }
  }
}
`

// Behind a shared cache (nginx's proxy_cache, Debian's package), the origin
// serves each distinct address once per build however many readers ask:
// pages, embeds and share cards alike.
func TestBehindACachingProxy(t *testing.T) {
	nginx, err := exec.LookPath("nginx")
	if err != nil {
		nginx = "/usr/sbin/nginx" // Debian's, off a non-root PATH
		if _, err := os.Stat(nginx); err != nil {
			t.Fatal("nginx is required: apt-get update && apt-get install -y nginx")
		}
	}
	h, err := server.New(server.Options{WebDir: "../web"})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	hits := map[string]int{}
	origin := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.RequestURI()]++
		mu.Unlock()
		h.ServeHTTP(w, r)
	}))
	defer origin.Close()

	dir := t.TempDir()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	conf := filepath.Join(dir, "nginx.conf")
	// As root, nginx's workers would drop to "nobody", who cannot write in
	// the test's private folder: they run as whoever runs the test.
	me, err := user.Current()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(conf, []byte(fmt.Sprintf(nginxConf, dir, port, strings.TrimPrefix(origin.URL, "http://"), me.Username)), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(nginx, "-p", dir, "-c", conf)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	proxy := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port)); err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("nginx did not start")
		}
		time.Sleep(20 * time.Millisecond) // waiting for a port to open: there is no event to wait on
	}

	addresses := []string{
		"/?preset=atlanta-2017-runoff-certified",
		"/embed?preset=atlanta-2017-runoff-certified",
		"/card.png?preset=atlanta-2017-runoff-certified",
		"/race/georgia-2020-president-certified/",
		"/embed?state=GA&date=2024-11-05&type=general&office=us-senate&counties=159&candidate=A&votes=100100&candidate=B&votes=99900",
	}
	// A viral embed: many readers at once, then more later.
	var wg sync.WaitGroup
	for reader := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, a := range addresses {
				req, _ := http.NewRequest(http.MethodGet, proxy+a, nil)
				req.Header.Set("Accept-Encoding", "gzip")
				res, err := http.DefaultTransport.RoundTrip(req)
				if err != nil {
					t.Error(err)
					return
				}
				_, _ = io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != 200 {
					t.Errorf("reader %d, %s: %d", reader, a, res.StatusCode)
				}
			}
		}()
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	for _, a := range addresses {
		if hits[a] != 1 {
			t.Errorf("%s: the origin served it %d times for 40 readers, want 1", a, hits[a])
		}
	}
	t.Logf("origin requests for %d addresses × 40 readers: %v", len(addresses), hits)
}
