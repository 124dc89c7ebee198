package alert_test

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/alert"
)

func TestRetriesUntilDelivered(t *testing.T) {
	eachStore(t, testRetriesUntilDelivered)
}

func testRetriesUntilDelivered(t *testing.T, open opener) {
	s := open(t)
	rc := &receiver{}
	rc.code.Store(http.StatusServiceUnavailable)
	srv := httptest.NewUnstartedServer(rc)
	addr := srv.Listener.Addr().String()
	srv.Start()
	addAlert(t, s, srv.URL+"/hook")
	d := &alert.Dispatcher{Store: s, Backoff: 20 * time.Millisecond, MaxBackoff: 50 * time.Millisecond}
	ingest(t, s, erbil1)

	// Down: 503, then the connection refused.
	if st := once(t, d); st.Queued != 1 || st.Retrying != 1 {
		t.Fatalf("pass with the receiver answering 503 = %+v; want 1 queued, 1 retrying", st)
	}
	srv.Close()
	waitRetry(t, d, func(st alert.Stats) bool { return st.Retrying == 1 })
	// Back on the same address.
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("listen again on %s: %v", addr, err)
	}
	rc.code.Store(http.StatusOK)
	back := &http.Server{Handler: rc}
	go back.Serve(ln)
	defer back.Close()
	waitRetry(t, d, func(st alert.Stats) bool { return st.Delivered == 1 })

	if got := rc.accepted(); len(got) != 1 {
		t.Errorf("messages taken = %d; want 1", len(got))
	}
	ds, err := s.Deliveries(context.Background(), "", 10)
	if err != nil || len(ds) != 1 || ds[0].Status != hadath.DeliveryDelivered || ds[0].Attempts != 3 {
		t.Fatalf("delivery log = %+v, %v; want one delivered on the 3rd attempt", ds, err)
	}
	as, err := s.Attempts(context.Background(), ds[0].ID)
	if err != nil || len(as) != 3 {
		t.Fatalf("attempts = %+v, %v; want 3", as, err)
	}
	for i, want := range []int{503, 0, 200} {
		if as[i].Status != want || (want != 200) != (as[i].Error != "") {
			t.Errorf("attempt %d = status %d, error %q; want status %d", i+1, as[i].Status, as[i].Error, want)
		}
	}
}

// waitRetry runs passes until done says one did what was awaited.
func waitRetry(t *testing.T, d *alert.Dispatcher, done func(alert.Stats) bool) {
	t.Helper()
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if done(once(t, d)) {
			return
		}
	}
	t.Fatal("no pass did what was awaited in 5 s")
}

func TestGivesUp(t *testing.T) {
	eachStore(t, testGivesUp)
}

func testGivesUp(t *testing.T, open opener) {
	s := open(t)
	rc := &receiver{}
	rc.code.Store(http.StatusInternalServerError)
	srv := httptest.NewServer(rc)
	defer srv.Close()
	addAlert(t, s, srv.URL)
	d := &alert.Dispatcher{Store: s, Backoff: time.Millisecond, MaxAttempts: 2}
	ingest(t, s, erbil1)
	once(t, d)
	waitRetry(t, d, func(st alert.Stats) bool { return st.Failed == 1 })
	ds, err := s.Deliveries(context.Background(), "", 10)
	if err != nil || len(ds) != 1 || ds[0].Status != hadath.DeliveryFailed || ds[0].Attempts != 2 || ds[0].LastError == "" {
		t.Errorf("delivery log = %+v, %v; want one failed after 2 attempts, with the error", ds, err)
	}
}

func TestTwoDispatchers(t *testing.T) {
	eachStore(t, testTwoDispatchers)
}

// testTwoDispatchers runs two dispatchers over one store at once, as
// "serve" and "alert run" would: each change is posted once.
func testTwoDispatchers(t *testing.T, open opener) {
	s := open(t)
	rc := &receiver{}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	addAlert(t, s, srv.URL)
	ingest(t, s, erbil1)
	ingest(t, s, erbil2)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := &alert.Dispatcher{Store: s}
			for range 3 {
				if _, err := d.Once(context.Background()); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if got := rc.accepted(); len(got) != 2 {
		t.Errorf("two dispatchers posted %d messages; want 2, one a change", len(got))
	}
}

// TestDownWebhookWaits stores two changes for a webhook that is down: a
// pass tries the first only, and both go once it is back.
func TestDownWebhookWaits(t *testing.T) {
	eachStore(t, testDownWebhookWaits)
}

func testDownWebhookWaits(t *testing.T, open opener) {
	s := open(t)
	rc := &receiver{}
	rc.code.Store(http.StatusBadGateway)
	srv := httptest.NewServer(rc)
	defer srv.Close()
	addAlert(t, s, srv.URL)
	ingest(t, s, erbil1, gaza1, erbil2)
	d := &alert.Dispatcher{Store: s, Backoff: time.Millisecond}
	if st := once(t, d); st.Queued != 2 || st.Retrying != 1 || len(rc.got) != 1 {
		t.Fatalf("pass with the webhook down = %+v, %d posts; want 2 queued, 1 tried", st, len(rc.got))
	}
	rc.code.Store(http.StatusOK)
	time.Sleep(5 * time.Millisecond)
	if st := once(t, d); st.Delivered != 2 {
		t.Errorf("pass with the webhook back = %+v; want 2 delivered", st)
	}
}
