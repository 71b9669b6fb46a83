package oplog

import (
	"fmt"
	"strconv"
	"strings"
)

// Code identifies a kind of problem with a packet; its messages live in
// catalog below, the only place in this package that holds text shown to
// users.
type Code string

// Problems of reading a packet file.
const (
	CodeTooLarge     Code = "too_large"
	CodeSyntax       Code = "syntax"
	CodeTruncated    Code = "truncated"
	CodeTrailing     Code = "trailing"
	CodeTooDeep      Code = "too_deep"
	CodeInvalidUTF8  Code = "invalid_utf8"
	CodeControl      Code = "control"
	CodeBadEscape    Code = "bad_escape"
	CodeDuplicateKey Code = "duplicate_key"
	CodeNotPacket    Code = "not_packet"
	CodeSealed       Code = "sealed"
	CodeFuture       Code = "future"
	CodeSchema       Code = "schema"
	CodeUnknownField Code = "unknown_field"
	CodeMissing      Code = "missing"
	CodeWrongType    Code = "wrong_type"
	CodeBadValue     Code = "bad_value"
	CodeTooMany      Code = "too_many"
)

// Problems of checking a packet against the log (Merge).
const (
	CodeOtherIncident Code = "other_incident"
	CodeNoKey         Code = "no_key"
	CodeBadKey        Code = "bad_key"
	CodeHash          Code = "hash"
	CodeReordered     Code = "reordered"
	CodeReplayed      Code = "replayed"
	CodeGap           Code = "gap"
	CodeBrokenLink    Code = "broken_link"
	CodeFork          Code = "fork"
	CodeUnsigned      Code = "unsigned"
	CodeSigPlace      Code = "sig_place"
	CodeSignature     Code = "signature"
	CodeSeenSelf      Code = "seen_self"
	CodeSeenBack      Code = "seen_back"
	CodeMissingSeen   Code = "missing_seen"
	CodeSeenMismatch  Code = "seen_mismatch"
	CodeUnreadable    Code = "unreadable"
)

// Error is a problem with a packet: what (Code and Args), where in the
// file (Field, Line, Column) and, for an operation, which one: its place
// in the packet, its device and number, and the author it names.
type Error struct {
	Code   Code
	Args   []string // values for the message, already formatted
	Field  string   // JSON path in the file, e.g. "ops[12].seq"; "" = the file as a whole
	Line   int      // 1-based, 0 when not known
	Column int      // 1-based, in characters
	Op     int      // index of the operation in the packet, -1 when none
	Device string   // the operation's device
	Seq    uint64   // the operation's number on its device
	Author string   // the name the operation gives
}

// Error is the English text.
func (e *Error) Error() string { return "oplog: " + e.Text("en") }

// Text is the message in lang ("ja" or anything else for English), with
// the operation and the place in the file.
func (e *Error) Text(lang string) string {
	var b strings.Builder
	ja := lang == "ja"
	if e.Field != "" {
		b.WriteString(e.Field)
		if e.Op >= 0 && e.Device != "" {
			if ja {
				fmt.Fprintf(&b, "（%s の端末 %s の %d 番目の変更）", e.Author, short(e.Device), e.Seq)
			} else {
				fmt.Fprintf(&b, " (change %d of %s's device %s)", e.Seq, e.Author, short(e.Device))
			}
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Message(lang))
	if e.Line > 0 {
		if ja {
			fmt.Fprintf(&b, "（%d行%d文字目）", e.Line, e.Column)
		} else {
			fmt.Fprintf(&b, " (line %d, column %d)", e.Line, e.Column)
		}
	}
	return b.String()
}

// Message is the message alone, in lang.
func (e *Error) Message(lang string) string {
	m, ok := catalog[e.Code]
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

// short is the first characters of a device id, enough to tell devices apart.
func short(device string) string {
	if len(device) > 8 {
		return device[:8]
	}
	return device
}

func seqRange(from, to uint64) string {
	if from == to {
		return strconv.FormatUint(from, 10)
	}
	return strconv.FormatUint(from, 10) + "–" + strconv.FormatUint(to, 10)
}

type message struct{ ja, en string }

var catalog = map[Code]message{
	CodeTooLarge:     {"ファイルが大きすぎます（%[1]s バイト、上限 %[2]s バイト）", "the file is too large (%[1]s bytes; the limit is %[2]s)"},
	CodeSyntax:       {"JSON として読めません（予期しない %[1]s）", "not readable as JSON (unexpected %[1]s)"},
	CodeTruncated:    {"ファイルが途中で切れています", "the file ends too early: it was cut short"},
	CodeTrailing:     {"JSON の後に余分なデータがあります", "there is data after the end of the JSON"},
	CodeTooDeep:      {"入れ子が深すぎます（上限 %[1]s）", "nested too deep (the limit is %[1]s)"},
	CodeInvalidUTF8:  {"文字列が UTF-8 として正しくありません", "a text is not valid UTF-8"},
	CodeControl:      {"文字列に制御文字 %[1]s がそのまま含まれています", "a text holds the raw control character %[1]s"},
	CodeBadEscape:    {"文字列のエスケープが不正です", "a text has an invalid escape"},
	CodeDuplicateKey: {"項目 %[1]s が二回あります（改ざんの可能性があります）", "the field %[1]s appears twice (the file may have been altered)"},
	CodeNotPacket:    {"変更パケットではありません（形式 %[1]s）", "this is not a change packet (format %[1]s)"},
	CodeSealed:       {"暗号化された変更パケットです。パスフレーズで開いてから読み込んでください", "this change packet is sealed: open it with its passphrase first"},
	CodeFuture:       {"新しいバージョンの Breach Desk で作られた変更パケットです（形式 %[1]s、このアプリは %[2]s まで）。アプリを更新してください", "this change packet was written by a newer Breach Desk (format %[1]s; this app reads up to %[2]s): update the app"},
	CodeSchema:       {"インシデントの形式 %[1]s の変更パケットです（このアプリは %[2]s）。双方で同じバージョンの Breach Desk を使ってください", "this change packet holds incidents of schema %[1]s (this app: %[2]s): use the same version of Breach Desk on both sides"},
	CodeUnknownField: {"不明な項目です（改ざんか、新しいバージョンのファイルの可能性があります）", "unknown field (the file may have been altered, or written by a newer version)"},
	CodeMissing:      {"必須の項目がありません", "this required field is missing"},
	CodeWrongType:    {"値の型が違います（%[1]s であるべきです）", "wrong type of value (it must be %[1]s)"},
	CodeBadValue:     {"値が不正です（%[1]s）", "invalid value (%[1]s)"},
	CodeTooMany:      {"多すぎます（上限 %[1]s）", "too many (the limit is %[1]s)"},

	CodeOtherIncident: {"別のインシデント %[1]s の変更パケットです（このインシデントは %[2]s）", "this change packet is for another incident, %[1]s (this one is %[2]s)"},
	CodeNoKey:         {"この端末の公開鍵がパケットにもこのブラウザにもありません", "the public key of this device is neither in the packet nor in this browser"},
	CodeBadKey:        {"端末 %[1]s の公開鍵が、その端末のものではありません（別の鍵が同じ端末を名乗っています）", "the public key given for device %[1]s is not that device's key (another key claims the device)"},
	CodeHash:          {"内容がハッシュと一致しません: パケットが改ざんされています", "its content does not match its hash: the packet was altered"},
	CodeReordered:     {"変更の順序が入れ替えられています（作られた順に並んでいません）", "the changes were reordered: they are not in the order they were made"},
	CodeReplayed:      {"同じ変更が二回入っています（再送または改ざん）", "this change appears twice (replayed or altered)"},
	CodeGap:           {"この端末の変更 %[1]s が抜けています: パケットが不完全です（このブラウザにあるのは %[2]s 番目まで）。すべての変更を含むパケットを依頼してください", "changes %[1]s of this device are missing: the packet is incomplete (this browser has up to change %[2]s); ask for a packet of all changes"},
	CodeBrokenLink:    {"前の変更とのつながり（ハッシュ連鎖）が切れています: 変更が抜き取られたか、改ざんされています", "its link to the device's previous change is broken: a change was removed or altered"},
	CodeFork:          {"このブラウザにある同じ番号の変更と内容が違います: 同じ端末の二つの異なる履歴です（偽造か再送）", "it differs from the change of the same number this browser has: two different histories of one device (forged or replayed)"},
	CodeUnsigned:      {"この端末の最後の変更に署名がありません: パケットが途中で切れているか、改ざんされています", "the last change of this device in the packet is not signed: the packet was cut short or altered"},
	CodeSigPlace:      {"署名は端末ごとの最後の変更にだけ付きます", "only the last change of a device in a packet carries a signature"},
	CodeSignature:     {"署名が端末の鍵と一致しません: 改ざんされています", "the signature does not match the device's key: the packet was altered"},
	CodeSeenSelf:      {"自分の端末の変更を「既知」に含めています", "it lists its own device among those it has seen"},
	CodeSeenBack:      {"前の変更より知っている変更が少なくなっています", "it has seen less than the device's previous change had"},
	CodeMissingSeen:   {"端末 %[1]s の変更 %[2]s を前提にしていますが、その変更がパケットにもこのブラウザにもありません: パケットが不完全です", "it builds on change %[2]s of device %[1]s, which is neither in the packet nor in this browser: the packet is incomplete"},
	CodeSeenMismatch:  {"前提にした端末 %[1]s の変更 %[2]s より知っている変更が少なくなっています: 履歴が矛盾しています", "it has seen less than change %[2]s of device %[1]s, which it builds on: the history contradicts itself"},
	CodeUnreadable:    {"変更を適用した結果のインシデントが読めません: %[1]s", "the incident these changes give cannot be read: %[1]s"},
}
