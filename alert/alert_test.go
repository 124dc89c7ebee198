package alert_test

import (
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/alert"
)

func TestCheckWebhook(t *testing.T) {
	tests := []struct {
		url string
		ok  bool
	}{
		{"http://127.0.0.1:9000/hook", true},
		{"https://hooks.example.net/a?b=c", true},
		{"ftp://example.net/", false},
		{"javascript:alert(1)", false},
		{"https:///nohost", false},
		{"/relative", false},
		{"", false},
		{"http://[::1", false},
	}
	for _, tt := range tests {
		err := alert.CheckWebhook(tt.url)
		if got := err == nil; got != tt.ok || (err != nil && hadath.ErrorCode(err) != hadath.EINVALID) {
			t.Errorf("CheckWebhook(%q) = %v; want ok %v", tt.url, err, tt.ok)
		}
	}
}

func TestCheckName(t *testing.T) {
	tests := []struct {
		name string
		ok   bool
	}{
		{"us-forces", true},
		{"هجمات العراق", true},
		{"", false},
		{" padded", false},
		{"two\nlines", false},
		{string(make([]byte, 101)), false},
	}
	for _, tt := range tests {
		if got := alert.CheckName(tt.name) == nil; got != tt.ok {
			t.Errorf("CheckName(%q) ok = %v; want %v", tt.name, got, tt.ok)
		}
	}
}

func TestSign(t *testing.T) {
	// HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"),
	// the example of RFC 2104's Wikipedia page, worked out by hand.
	body := []byte("The quick brown fox jumps over the lazy dog")
	const want = "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
	if got := alert.Sign("key", body); got != want {
		t.Errorf("Sign(%q, %q) = %q; want %q", "key", body, got, want)
	}
	if !alert.Verify("key", body, want) || alert.Verify("key", append(body, '.'), want) || alert.Verify("other", body, want) {
		t.Error("Verify accepts a changed body or another key, or refuses the right one")
	}
}

func TestLinks(t *testing.T) {
	tests := []struct{ base, id, page string }{
		{"http://host:8080", "iabc", "http://host:8080/?incident=iabc&mode=incidents"},
		{"http://host:8080/", "i a&b", "http://host:8080/?incident=i+a%26b&mode=incidents"},
		{"", "iabc", ""},
	}
	for _, tt := range tests {
		if got := alert.Links(tt.base, tt.id)["page"]; got != tt.page {
			t.Errorf("Links(%q, %q)[page] = %q; want %q", tt.base, tt.id, got, tt.page)
		}
	}
}
