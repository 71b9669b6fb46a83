package browser

import (
	"errors"
	"strconv"

	"breachdesk/app/vault"
)

// message is one error's text for users, in each language.
type message struct{ ja, en string }

// catalog holds every text of this package shown to users.
var catalog = []struct {
	err error
	msg message
}{
	{ErrNoBrowser, message{"ブラウザーの外では使えません", "this works only in a browser"}},
	{ErrNotFound, message{"見つかりません", "not found"}},
	{ErrQuotaExceeded, message{
		"ブラウザーの保存領域がいっぱいです。最新の入力は保存されていません。今すぐエクスポートしてバックアップし、不要なインシデントを削除してください",
		"the browser's storage is full: the latest edit was not saved. Export a backup now, then delete incidents you no longer need"}},
	{ErrNoIndexedDB, message{
		"このブラウザーでは保存（IndexedDB）が使えません。プライベートモードを解除するか、別のブラウザーで開いてください",
		"this browser offers no storage (IndexedDB): leave private mode or use another browser"}},
	{ErrClosed, message{
		"データベースが閉じられました（別のタブで削除された可能性があります）。ページを再読み込みしてください",
		"the database was closed (perhaps deleted in another tab): reload the page"}},
	{ErrBlocked, message{
		"別のタブがデータを開いたままです。Breach Desk の他のタブを閉じてから、もう一度お試しください",
		"another tab keeps the data open: close the other Breach Desk tabs and try again"}},
	{ErrNoAnswer, message{
		"ブラウザーの保存領域が応答しません。Breach Desk の他のタブやウィンドウを閉じてから、このページを再読み込みしてください。保存済みのデータは消えていません",
		"the browser's storage did not answer: close the other Breach Desk tabs and windows, then reload this page. Nothing stored has been lost"}},
	{ErrNoWebCrypto, message{
		"このページでは暗号化（WebCrypto）が使えません。ブラウザーは https で配信されたページか localhost でしか暗号化を提供しません。管理者に https での配信を依頼するか、このパソコンで localhost から開いてください",
		"encryption (WebCrypto) is not available on this page: browsers provide it only to pages served over https or from localhost. Ask your administrator to serve Breach Desk over https, or open it from localhost on this computer"}},
	{ErrEmptyPassphrase, message{"パスフレーズを入力してください", "enter a passphrase"}},
	{ErrWrongPassphrase, message{"パスフレーズが違うか、データが改ざんされています", "wrong passphrase, or the data was altered"}},
	{ErrAborted, message{
		"保存の処理が中断されました（ページを離れたため）。入力は残っています。もう一度お試しください",
		"the storage operation was interrupted (the page was being left); nothing typed is lost: try again"}},
	{ErrNoFile, message{"ファイルが選ばれていません", "no file was chosen"}},
	{ErrPrintIgnored, message{
		"ブラウザーが印刷ダイアログを開きませんでした（このページを埋め込んでいる社内ページが、枠内からの印刷を禁止している可能性があります）",
		"the browser did not open the print dialog (the intranet page that embeds this one may forbid printing from its frame)"}},
	{ErrClipboard, message{
		"クリップボードにコピーできませんでした。テキストを選択して Ctrl+C（Mac は ⌘+C）でコピーしてください",
		"could not copy to the clipboard: select the text and press Ctrl+C (⌘+C on a Mac)"}},
	{ErrNoChannel, message{
		"このブラウザーでは他のタブとの連携ができません。同じインシデントを複数のタブで開かないでください",
		"this browser cannot coordinate tabs: do not open one incident in several tabs"}},
}

// Text is the message for users of an error of this package (or of app/vault)
// in lang ("ja" or "en"); other errors give their own text.
func Text(err error, lang string) string {
	if err == nil {
		return ""
	}
	var big *FileTooLargeError
	if errors.As(err, &big) {
		if lang == "ja" {
			return "ファイル「" + big.Name + "」は大きすぎます（" + mb(big.Size) + "、上限 " + mb(big.Limit) + "）"
		}
		return "the file " + strconv.Quote(big.Name) + " is too large (" + mb(big.Size) + "; the limit is " + mb(big.Limit) + ")"
	}
	for _, c := range catalog {
		if errors.Is(err, c.err) {
			if lang == "ja" {
				return c.msg.ja
			}
			return c.msg.en
		}
	}
	var ve *vault.Error
	if errors.As(err, &ve) || errors.Is(err, vault.ErrOtherKey) {
		return vault.Text(err, lang)
	}
	return err.Error()
}

func mb(n int64) string {
	return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
}
