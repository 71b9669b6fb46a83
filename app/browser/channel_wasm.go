//go:build js && wasm

package browser

import (
	"sync"

	"github.com/hack-pad/safejs"
)

// Channel is a BroadcastChannel: messages to the other tabs (and workers) of
// this site that opened a channel of the same name; the sender does not
// receive its own. Messages are bytes (for example a small JSON notice "incident
// X saved at revision N"); never send secrets: other tabs may be locked.
type Channel struct {
	mu     sync.Mutex
	v      safejs.Value
	fn     safejs.Func
	hasFn  bool
	closed bool
}

// NewChannel opens the channel called name.
func NewChannel(name string) (*Channel, error) {
	ctor, err := global("BroadcastChannel")
	if err != nil {
		return nil, ErrNoChannel
	}
	v, err := ctor.New(name)
	if err != nil {
		return nil, jsErr(err)
	}
	return &Channel{v: v}, nil
}

// Post sends data to the other channels of the same name.
func (c *Channel) Post(data []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return ErrClosed
	}
	arr, err := toUint8Array(data)
	if err != nil {
		return err
	}
	_, err = call(c.v, "postMessage", arr)
	return err
}

// OnMessage sets the function called (in a new goroutine) with each message's
// bytes, replacing the previous one; nil stops delivery. Messages that are not
// bytes are ignored.
func (c *Channel) OnMessage(fn func([]byte)) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return ErrClosed
	}
	c.releaseFn()
	if fn == nil {
		return nil
	}
	f, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) == 0 {
			return nil
		}
		d, err := args[0].Get("data")
		if err != nil {
			return nil
		}
		b, err := fromBytes(d)
		if err != nil {
			return nil
		}
		go fn(b)
		return nil
	})
	if err != nil {
		return err
	}
	if err := c.v.Set("onmessage", f.Value()); err != nil {
		f.Release()
		return jsErr(err)
	}
	c.fn, c.hasFn = f, true
	return nil
}

func (c *Channel) releaseFn() {
	if c.hasFn {
		_ = c.v.Set("onmessage", safejs.Null())
		c.fn.Release()
		c.hasFn = false
	}
}

// Close closes the channel; closing twice is not an error.
func (c *Channel) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil
	}
	c.closed = true
	c.releaseFn()
	_, err := call(c.v, "close")
	return err
}
