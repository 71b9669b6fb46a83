package vault

import (
	"errors"
	"fmt"
	"sync"
)

// Code identifies a kind of problem with an envelope; its text lives in catalog
// below, the only place in this package that holds text shown to users.
type Code string

// Problem codes.
const (
	CodeTooLarge       Code = "too_large"
	CodeNotJSON        Code = "not_json"
	CodeNotObject      Code = "not_object"
	CodeMissing        Code = "missing"
	CodeWrongType      Code = "wrong_type"
	CodeUnknownField   Code = "unknown_field"
	CodeDuplicate      Code = "duplicate"
	CodeFormat         Code = "format"
	CodeVersionFuture  Code = "version_future"
	CodeVersionInvalid Code = "version_invalid"
	CodeKDFUnknown     Code = "kdf_unknown"
	CodeIterationsLow  Code = "iterations_low"
	CodeIterationsHigh Code = "iterations_high"
	CodeSaltSize       Code = "salt_size"
	CodeCipherUnknown  Code = "cipher_unknown"
	CodeBase64         Code = "base64"
	CodeIVSize         Code = "iv_size"
	CodeDataShort      Code = "data_short"
	CodeIdleTimeout    Code = "idle_timeout"
)

// Error is a problem with an envelope or a setting, naming its field.
type Error struct {
	Field string // JSON path such as "kdf.iterations"; empty for the whole file
	Code  Code
	Args  []string // the values shown in the message, as %[n]s
}

// Error is the English message with the field.
func (e *Error) Error() string { return "vault: " + e.Text("en") }

// Text is the message in lang ("ja" or "en") with the field first.
func (e *Error) Text(lang string) string {
	if e.Field == "" {
		return e.Message(lang)
	}
	return e.Field + ": " + e.Message(lang)
}

// Message is the message in lang ("ja" or "en"), without the field.
func (e *Error) Message(lang string) string {
	m, ok := catalog()[e.Code]
	if !ok {
		return string(e.Code)
	}
	f := m.en
	if lang == "ja" {
		f = m.ja
	}
	a := make([]any, len(e.Args))
	for i, s := range e.Args {
		a[i] = s
	}
	return fmt.Sprintf(f, a...)
}

type message struct{ ja, en string }

var catalog = sync.OnceValue(func() map[Code]message {
	return map[Code]message{
		CodeTooLarge:       {"暗号化ファイルが大きすぎます（%[1]s バイト、上限 %[2]s バイト）", "the encrypted file is too large (%[1]s bytes; the limit is %[2]s bytes)"},
		CodeNotJSON:        {"暗号化ファイルとして読めません（JSON ではありません: %[1]s）", "this is not a readable encrypted file (not JSON: %[1]s)"},
		CodeNotObject:      {"暗号化ファイルは JSON オブジェクト {…} である必要があります", "an encrypted file must be a JSON object {…}"},
		CodeMissing:        {"必須の項目がありません", "this required field is missing"},
		CodeWrongType:      {"値の型が違います（%[1]s であるべきです）", "wrong type of value (it must be %[1]s)"},
		CodeUnknownField:   {"不明な項目です（改ざんか、新しいバージョンのファイルの可能性があります）", "unknown field (the file may have been altered, or written by a newer version)"},
		CodeDuplicate:      {"同じ項目が二回あります（改ざんの可能性があります）", "this field appears twice (the file may have been altered)"},
		CodeFormat:         {"この種類のファイルは使えません（%[1]s、必要なのは %[2]s）", "this kind of file cannot be used here (%[1]s; expected %[2]s)"},
		CodeVersionFuture:  {"新しいバージョンの Breach Desk で作られたファイルです（形式バージョン %[1]s、このアプリは %[2]s まで）。アプリを更新してください", "this file was written by a newer Breach Desk (envelope version %[1]s; this app reads up to %[2]s): update the app"},
		CodeVersionInvalid: {"形式バージョンが不正です（%[1]s）", "invalid envelope version (%[1]s)"},
		CodeKDFUnknown:     {"鍵導出方式 %[1]s には対応していません（対応: %[2]s）", "key derivation %[1]s is not supported (supported: %[2]s)"},
		CodeIterationsLow:  {"反復回数 %[1]s は少なすぎます（最低 %[2]s）", "%[1]s iterations is too few (at least %[2]s)"},
		CodeIterationsHigh: {"反復回数 %[1]s は多すぎます（最大 %[2]s）", "%[1]s iterations is too many (at most %[2]s)"},
		CodeSaltSize:       {"ソルトの長さ %[1]s バイトは不正です（%[2]s〜%[3]s バイト）", "a salt of %[1]s bytes is invalid (%[2]s to %[3]s bytes)"},
		CodeCipherUnknown:  {"暗号方式 %[1]s には対応していません（対応: %[2]s）", "cipher %[1]s is not supported (supported: %[2]s)"},
		CodeBase64:         {"Base64 として読めません（%[1]s 文字目付近）", "not valid base64 (near character %[1]s)"},
		CodeIVSize:         {"IV は 12 バイトである必要があります（%[1]s バイトでした）", "the IV must be 12 bytes (it is %[1]s)"},
		CodeDataShort:      {"暗号文が短すぎます（%[1]s バイト、最低 %[2]s バイト）: 途中で切れている可能性があります", "the ciphertext is too short (%[1]s bytes; at least %[2]s): the file may be truncated"},
		CodeIdleTimeout:    {"自動ロックまでの時間 %[1]s は範囲外です（%[2]s〜%[3]s、または 0 = しない）", "an idle lock time of %[1]s is out of range (%[2]s to %[3]s, or 0 for never)"},
	}
})

var sentinelText = sync.OnceValue(func() map[error]message {
	return map[error]message{
		ErrWrongPassphrase: {"パスフレーズが違うか、データが改ざんされています", "wrong passphrase, or the data was altered"},
		ErrOtherKey:        {"別の鍵（ソルトまたは反復回数が異なる）で暗号化されています", "sealed with another key (the salt or the iterations differ)"},
	}
})

// Text is a message for any error of this package in lang ("ja" or "en"); other
// errors give their own text.
func Text(err error, lang string) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Text(lang)
	}
	for s, m := range sentinelText() {
		if errors.Is(err, s) {
			if lang == "ja" {
				return m.ja
			}
			return m.en
		}
	}
	if err == nil {
		return ""
	}
	return err.Error()
}
