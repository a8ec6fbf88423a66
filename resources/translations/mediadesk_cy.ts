<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AccountForm</name>
    <message>
        <source>Managed by your organisation</source>
        <translation>Wedi&apos;i reoli gan eich sefydliad</translation>
    </message>
    <message>
        <source>{p} account</source>
        <translation>Cyfrif {p}</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Datgysylltu</translation>
    </message>
    <message>
        <source>Disconnect {p}</source>
        <translation>Datgysylltu {p}</translation>
    </message>
    <message>
        <source>Connected as {h}</source>
        <translation>Wedi cysylltu fel {h}</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Heb gysylltu</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Cyfrifon</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Canslo mewngofnodi</translation>
    </message>
    <message>
        <source>Connecting accounts is turned off. </source>
        <translation>Mae cysylltu cyfrifon wedi&apos;i ddiffodd. </translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>&amp;Submit for clearance</source>
        <translation>Anfon &amp;i&apos;w gymeradwyo</translation>
    </message>
    <message>
        <source>Record &amp;clearance…</source>
        <translation>Cofnodi cyme&amp;radwyaeth…</translation>
    </message>
    <message>
        <source>&amp;Return to draft</source>
        <translation>Dychwelyd i ddrafft</translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation>Cyhoeddi naw&amp;r</translation>
    </message>
    <message>
        <source>P&amp;ublish at…</source>
        <translation>Cyhoedd&amp;i am…</translation>
    </message>
    <message>
        <source>Take out of the outbo&amp;x</source>
        <translation>Tynnu o&apos;r &amp;blwch anfon</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Rhoi cynnig a&amp;r eto</translation>
    </message>
    <message>
        <source>Clearance sheet (PDF)…</source>
        <translation>Taflen gymeradwyo (PDF)…</translation>
    </message>
    <message>
        <source>Cop&amp;y for manual posting…</source>
        <translation>Co&amp;pïo i&apos;w bostio â llaw…</translation>
    </message>
    <message>
        <source>Returned to draft.</source>
        <translation>Wedi dychwelyd i ddrafft.</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation>Gwrthdrawiadau a newidiadau a wrthodwyd</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Gwreiddiol</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Fy un i</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Eu un nhw</translation>
    </message>
    <message>
        <source>Settle with</source>
        <translation>Setlo gyda</translation>
    </message>
    <message>
        <source>Edit to merge both, then Use this</source>
        <translation>Golygwch i gyfuno&apos;r ddau, yna Defnyddio hwn</translation>
    </message>
    <message>
        <source>Settle &amp;with</source>
        <translation>Setlo &amp;gyda</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Cadw &amp;fy un i</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Cymryd &amp;eu un nhw</translation>
    </message>
    <message>
        <source>&amp;Use this</source>
        <translation>&amp;Defnyddio hwn</translation>
    </message>
    <message>
        <source>&amp;Understood</source>
        <translation>De&amp;all</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>gwrthodwyd</translation>
    </message>
    <message>
        <source>changed on two laptops</source>
        <translation>newidiwyd ar ddwy liniadur</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Does dim angen sylw ar ddim.</translation>
    </message>
    <message>
        <source>The office refused a change: {why}</source>
        <translation>Gwrthododd y swyddfa newid: {why}</translation>
    </message>
    <message>
        <source>{who} changed {field} while you did. Choose what it says.</source>
        <translation>Newidiodd {who} {field} yr un pryd â chi. Dewiswch beth mae&apos;n ei ddweud.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Rhywun</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{title}: no data</source>
        <translation>{title}: dim data</translation>
    </message>
</context>
<context>
    <name>BlueskyForm</name>
    <message>
        <source>Bluesky server</source>
        <translation>Gweinydd Bluesky</translation>
    </message>
    <message>
        <source>Bluesky handle</source>
        <translation>Enw defnyddiwr Bluesky</translation>
    </message>
    <message>
        <source>Bluesky app password</source>
        <translation>Cyfrinair ap Bluesky</translation>
    </message>
    <message>
        <source>Create one in Bluesky: Settings &gt; Privacy and security &gt; App passwords.</source>
        <translation>Crëwch un yn Bluesky: Settings &gt; Privacy and security &gt; App passwords.</translation>
    </message>
    <message>
        <source>Connect Bluesky</source>
        <translation>Cysylltu Bluesky</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Gweinydd</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Cyfrinair ap</translation>
    </message>
</context>
<context>
    <name>ClearForReleaseDialog</name>
    <message>
        <source>Clear for release</source>
        <translation>Cymeradwyo i&apos;w ryddhau</translation>
    </message>
    <message>
        <source>These lines will be cleared for release:</source>
        <translation>Bydd y llinellau hyn yn cael eu cymeradwyo i&apos;w rhyddhau:</translation>
    </message>
    <message>
        <source>Lines to clear</source>
        <translation>Llinellau i&apos;w cymeradwyo</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>Cymeradwywyd gan</translation>
    </message>
    <message>
        <source>The office records who cleared it: you, as signed in.</source>
        <translation>Mae&apos;r swyddfa&apos;n cofnodi pwy a&apos;i cymeradwyodd: chi, fel rydych wedi mewngofnodi.</translation>
    </message>
    <message>
        <source>Cleared &amp;by</source>
        <translation>Cymeradwywyd &amp;gan</translation>
    </message>
    <message>
        <source>&amp;Clear for release</source>
        <translation>&amp;Cymeradwyo i&apos;w ryddhau</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Record clearance</source>
        <translation>Cofnodi cymeradwyaeth</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>Cymeradwywyd gan</translation>
    </message>
    <message>
        <source>e.g. Cleared by SpAd by email 10:42</source>
        <translation>e.e. Cymeradwywyd gan yr ymgynghorydd arbennig drwy e-bost 10:42</translation>
    </message>
    <message>
        <source>Clearance note</source>
        <translation>Nodyn cymeradwyo</translation>
    </message>
    <message>
        <source>Cleared &amp;by</source>
        <translation>Cymeradwywyd &amp;gan</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nodyn</translation>
    </message>
</context>
<context>
    <name>ClearanceSheet</name>
    <message>
        <source>Clearance sheet: visit post</source>
        <translation>Taflen gymeradwyo: neges ymweliad</translation>
    </message>
    <message>
        <source>Embargo: {t}</source>
        <translation>Embargo: {t}</translation>
    </message>
    <message>
        <source>Location sensitive until: {t}</source>
        <translation>Lleoliad yn sensitif tan: {t}</translation>
    </message>
    <message>
        <source>Status: {s}. Prepared by {who}.</source>
        <translation>Statws: {s}. Paratowyd gan {who}.</translation>
    </message>
    <message>
        <source>Post {n} of {m}</source>
        <translation>Neges {n} o {m}</translation>
    </message>
    <message>
        <source>{used} of {limit} {unit}</source>
        <translation>{used} o {limit} {unit}</translation>
    </message>
    <message>
        <source>Photos and alt text</source>
        <translation>Lluniau a thestun amgen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo {n}&lt;/b&gt; ({w} × {h}, metadata removed)</source>
        <translation>&lt;b&gt;Llun {n}&lt;/b&gt; ({w} × {h}, metaddata wedi&apos;i dynnu)</translation>
    </message>
    <message>
        <source>Alt text: {alt}</source>
        <translation>Testun amgen: {alt}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ar goll</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Gwiriadau</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Llofnodi</translation>
    </message>
    <message>
        <source>Cleared by:</source>
        <translation>Cymeradwywyd gan:</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Dyddiad ac amser:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nodyn:</translation>
    </message>
    <message>
        <source>The clearance sheet could not be written to {p}.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r daflen gymeradwyo i {p}.</translation>
    </message>
    <message>
        <source>Save clearance sheet</source>
        <translation>Cadw&apos;r daflen gymeradwyo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Clearance sheet saved: {p}</source>
        <translation>Taflen gymeradwyo wedi&apos;i chadw: {p}</translation>
    </message>
    <message>
        <source>The files could not be written to {p}: {why}.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffeiliau i {p}: {why}.</translation>
    </message>
    <message>
        <source>The post&apos;s text is on the clipboard.</source>
        <translation>Mae testun y neges ar y clipfwrdd.</translation>
    </message>
    <message>
        <source>Save photos and alt text to</source>
        <translation>Cadw lluniau a thestun amgen yn</translation>
    </message>
    <message>
        <source>Text on the clipboard; {n} files saved in {f}.</source>
        <translation>Testun ar y clipfwrdd; {n} ffeil wedi&apos;u cadw yn {f}.</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>e.g. 42 (from the list&apos;s address)</source>
        <translation>e.e. 42 (o gyfeiriad y rhestr)</translation>
    </message>
    <message>
        <source>school meals</source>
        <translation>prydau ysgol</translation>
    </message>
    <message>
        <source>e.g. 1234567890</source>
        <translation>e.e. 1234567890</translation>
    </message>
    <message>
        <source>Edit column</source>
        <translation>Golygu colofn</translation>
    </message>
    <message>
        <source>Add a column</source>
        <translation>Ychwanegu colofn</translation>
    </message>
    <message>
        <source>e.g. department-for-education</source>
        <translation>e.e. department-for-education</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Cyfeiriad y ffrwd</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Allweddeiriau</translation>
    </message>
    <message>
        <source>Organisation (slug)</source>
        <translation>Sefydliad (slug)</translation>
    </message>
    <message>
        <source>Mastodon server</source>
        <translation>Gweinydd Mastodon</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>Hashnod</translation>
    </message>
    <message>
        <source>Reads through the connected {p} account (Posts &gt; Accounts).</source>
        <translation>Yn darllen drwy&apos;r cyfrif {p} sydd wedi&apos;i gysylltu (Negeseuon &gt; Cyfrifon).</translation>
    </message>
    <message>
        <source>only items with any of these, comma-separated</source>
        <translation>dim ond eitemau ag unrhyw un o&apos;r rhain, wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>Words are regular expressions</source>
        <translation>Mynegiadau rheolaidd yw&apos;r geiriau</translation>
    </message>
    <message>
        <source>notify me when an item mentions any of these</source>
        <translation>rhoi gwybod i mi pan fydd eitem yn sôn am unrhyw un o&apos;r rhain</translation>
    </message>
    <message>
        <source>Notify me of every new item</source>
        <translation>Rhoi gwybod i mi am bob eitem newydd</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>Column type</source>
        <translation>Math o golofn</translation>
    </message>
    <message>
        <source>Column title</source>
        <translation>Teitl y golofn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>Muted authors</source>
        <translation>Awduron wedi&apos;u tewi</translation>
    </message>
    <message>
        <source>Regular expressions</source>
        <translation>Mynegiadau rheolaidd</translation>
    </message>
    <message>
        <source>Alert words</source>
        <translation>Geiriau rhybudd</translation>
    </message>
    <message>
        <source>Alert on every item</source>
        <translation>Rhybudd ar bob eitem</translation>
    </message>
    <message>
        <source>Check every</source>
        <translation>Gwirio bob</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Alert on</source>
        <translation>Rhybuddio ar</translation>
    </message>
</context>
<context>
    <name>ColumnWidget</name>
    <message>
        <source>Column {title}</source>
        <translation>Colofn {title}</translation>
    </message>
    <message>
        <source>Unread items</source>
        <translation>Eitemau heb eu darllen</translation>
    </message>
    <message>
        <source>Column menu</source>
        <translation>Dewislen y golofn</translation>
    </message>
    <message>
        <source>Refresh column</source>
        <translation>Adnewyddu&apos;r golofn</translation>
    </message>
    <message>
        <source>Column state</source>
        <translation>Cyflwr y golofn</translation>
    </message>
    <message>
        <source>Search this column</source>
        <translation>Chwilio&apos;r golofn hon</translation>
    </message>
    <message>
        <source>Items in {title}</source>
        <translation>Eitemau yn {title}</translation>
    </message>
    <message>
        <source>Edit, rename or filter…</source>
        <translation>Golygu, ailenwi neu hidlo…</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Tewi</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Marcio&apos;r cyfan wedi&apos;u darllen</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Tynnu&apos;r golofn</translation>
    </message>
    <message>
        <source> (muted)</source>
        <translation> (wedi&apos;i thewi)</translation>
    </message>
    <message>
        <source>From the office&apos;s columns: a clearer publishes changes to them</source>
        <translation>O golofnau&apos;r swyddfa: cymeradwywr sy&apos;n cyhoeddi newidiadau iddynt</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Dad-dewi</translation>
    </message>
    <message>
        <source>{n} unread</source>
        <translation>{n} heb eu darllen</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Agor yn y porwr</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copïo&apos;r ddolen</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Tynnu&apos;r seren</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Seren</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marcio heb ei ddarllen</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marcio wedi&apos;i ddarllen</translation>
    </message>
    <message>
        <source>Log as enquiry…</source>
        <translation>Cofnodi fel ymholiad…</translation>
    </message>
    <message>
        <source>Draft a response</source>
        <translation>Drafftio ymateb</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Post composer</source>
        <translation>Golygydd negeseuon</translation>
    </message>
    <message>
        <source>Election period: check every post against the propriety guidance. No new policy, no party political content.</source>
        <translation>Cyfnod etholiad: gwiriwch bob neges yn erbyn y canllawiau priodoldeb. Dim polisi newydd, dim cynnwys gwleidyddol pleidiol.</translation>
    </message>
    <message>
        <source>Election period notice</source>
        <translation>Hysbysiad cyfnod etholiad</translation>
    </message>
    <message>
        <source>Post status</source>
        <translation>Statws y neges</translation>
    </message>
    <message>
        <source>Post to {p}</source>
        <translation>Postio i {p}</translation>
    </message>
    <message>
        <source>Post as a &amp;thread where too long</source>
        <translation>Postio fel &amp;edefyn lle bo&apos;n rhy hir</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Testun y neges</translation>
    </message>
    <message>
        <source>Write the post…</source>
        <translation>Ysgrifennwch y neges…</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Pob platfform</translation>
    </message>
    <message>
        <source>{p} version</source>
        <translation>Fersiwn {p}</translation>
    </message>
    <message>
        <source>Leave empty to use the main text on {p}.</source>
        <translation>Gadewch yn wag i ddefnyddio&apos;r prif destun ar {p}.</translation>
    </message>
    <message>
        <source>Length on each platform</source>
        <translation>Hyd ar bob platfform</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Dolen</translation>
    </message>
    <message>
        <source>e.g. SchoolMeals (added at the end)</source>
        <translation>e.e. PrydauYsgol (wedi&apos;i ychwanegu ar y diwedd)</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashnodau</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Dolen</translation>
    </message>
    <message>
        <source>Hashta&amp;gs</source>
        <translation>H&amp;ashnodau</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Dyfyniadau</translation>
    </message>
    <message>
        <source>Choose or create a post.</source>
        <translation>Dewiswch neu crëwch neges.</translation>
    </message>
    <message>
        <source>embargo {t}</source>
        <translation>embargo {t}</translation>
    </message>
    <message>
        <source>location sensitive until {t}</source>
        <translation>lleoliad yn sensitif tan {t}</translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation> gan {who}</translation>
    </message>
    <message>
        <source>, publishing {t}</source>
        <translation>, yn cyhoeddi {t}</translation>
    </message>
    <message>
        <source>Press Office</source>
        <translation>Swyddfa&apos;r Wasg</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ychwanegu lluniau</translation>
    </message>
    <message>
        <source>Photos ({p})</source>
        <translation>Lluniau ({p})</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>{m} min</source>
        <translation>{m} mun</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} awr {m} mun</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} awr</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} diwrnod</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} diwrnod {h} awr</translation>
    </message>
    <message>
        <source>in {span}</source>
        <translation>mewn {span}</translation>
    </message>
    <message>
        <source>{span} overdue</source>
        <translation>{span} yn hwyr</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong inside MediaDesk. Your saved work is safe. Copy the report and send it to IT support.</source>
        <translation>Aeth rhywbeth o&apos;i le yn MediaDesk. Mae&apos;r gwaith rydych wedi&apos;i gadw yn ddiogel. Copïwch yr adroddiad a&apos;i anfon at gymorth TG.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copïo&apos;r adroddiad</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The profile is damaged</source>
        <translation>Mae&apos;r proffil wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>&amp;Restore the backup and close</source>
        <translation>&amp;Adfer y copi wrth gefn a chau</translation>
    </message>
    <message>
        <source>&amp;Close MediaDesk</source>
        <translation>&amp;Cau MediaDesk</translation>
    </message>
    <message>
        <source>The backup is back in place; start MediaDesk again to use it. The damaged file was kept as {name} for IT.</source>
        <translation>Mae&apos;r copi wrth gefn yn ei le eto; dechreuwch MediaDesk eto i&apos;w ddefnyddio. Cadwyd y ffeil a ddifrodwyd fel {name} ar gyfer TG.</translation>
    </message>
</context>
<context>
    <name>DeadlineNotifier</name>
    <message>
        <source>Deadline now: {ref}</source>
        <translation>Terfyn amser nawr: {ref}</translation>
    </message>
    <message>
        <source>Deadline in {m} min: {ref}</source>
        <translation>Terfyn amser mewn {m} mun: {ref}</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} eitem</translation>
    </message>
    <message>
        <source>en-GB</source>
        <translation>cy</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Cyfrwng</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Enwau defnyddiwr</translation>
    </message>
    <message>
        <source>Directory of journalists</source>
        <translation>Cyfeiriadur newyddiadurwyr</translation>
    </message>
    <message>
        <source>Filter by name, outlet, email…</source>
        <translation>Hidlo yn ôl enw, cyfrwng, e-bost…</translation>
    </message>
    <message>
        <source>Filter the directory</source>
        <translation>Hidlo&apos;r cyfeiriadur</translation>
    </message>
    <message>
        <source>Journalists</source>
        <translation>Newyddiadurwyr</translation>
    </message>
    <message>
        <source>Outlet type</source>
        <translation>Math o gyfrwng</translation>
    </message>
    <message>
        <source>Social handles</source>
        <translation>Enwau cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <source>&amp;New journalist</source>
        <translation>&amp;Newyddiadurwr newydd</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Enquiry history</source>
        <translation>Hanes ymholiadau</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Dyblygiad posibl</translation>
    </message>
    <message>
        <source>This looks like someone already in the directory:

{names}

Add a new entry anyway?</source>
        <translation>Mae hwn yn edrych fel rhywun sydd eisoes yn y cyfeiriadur:

{names}

Ychwanegu cofnod newydd beth bynnag?</translation>
    </message>
</context>
<context>
    <name>EnquiriesTab</name>
    <message>
        <source>Enquiries</source>
        <translation>Ymholiadau</translation>
    </message>
    <message>
        <source>&amp;New enquiry</source>
        <translation>Ymholiad ne&amp;wydd</translation>
    </message>
    <message>
        <source>Log a new enquiry (Ctrl+N)</source>
        <translation>Cofnodi ymholiad newydd (Ctrl+N)</translation>
    </message>
    <message>
        <source>New enquiry</source>
        <translation>Ymholiad newydd</translation>
    </message>
    <message>
        <source>Enquiry list</source>
        <translation>Rhestr ymholiadau</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to {refs}.</source>
        <translation>Adferwyd newidiadau heb eu cadw i {refs}.</translation>
    </message>
    <message>
        <source>No enquiries match “{text}”</source>
        <translation>Does dim ymholiadau&apos;n cyfateb i “{text}”</translation>
    </message>
    <message>
        <source>No enquiries in this view</source>
        <translation>Does dim ymholiadau yn yr olwg hon</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiry(s)</source>
        <translation>
            <numerusform>%Ln ymholiad</numerusform>
            <numerusform>%Ln ymholiad</numerusform>
            <numerusform>%Ln ymholiad</numerusform>
            <numerusform>%Ln ymholiad</numerusform>
            <numerusform>%Ln ymholiad</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged {ref}.</source>
        <translation>Cofnodwyd {ref}.</translation>
    </message>
</context>
<context>
    <name>EnquiryEditor</name>
    <message>
        <source>Enquiry details</source>
        <translation>Manylion yr ymholiad</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Dim terfyn amser</translation>
    </message>
    <message>
        <source>The lines to give, for clearance</source>
        <translation>Y llinellau i&apos;w rhoi, i&apos;w cymeradwyo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Newyddiadurwr</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Cyfrwng</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Sianel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Terfyn amser</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <source>Response lines</source>
        <translation>Llinellau ymateb</translation>
    </message>
    <message>
        <source>Response given as</source>
        <translation>Ymateb wedi&apos;i roi fel</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Pwnc</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ymateb</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Llinellau</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>Wedi&apos;i roi fel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>No enquiry selected</source>
        <translation>Dim ymholiad wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Select an enquiry in the list, or press Ctrl+N to log one.</source>
        <translation>Dewiswch ymholiad yn y rhestr, neu pwyswch Ctrl+N i gofnodi un.</translation>
    </message>
    <message>
        <source>{status} · received {when} by {channel}</source>
        <translation>{status} · derbyniwyd {when} drwy {channel}</translation>
    </message>
    <message>
        <source>Cleared by {who} at {when}</source>
        <translation>Cymeradwywyd gan {who} am {when}</translation>
    </message>
    <message>
        <source>Not cleared yet</source>
        <translation>Heb ei gymeradwyo eto</translation>
    </message>
    <message>
        <source>Logged as {ref}</source>
        <translation>Cofnodwyd fel {ref}</translation>
    </message>
    <message>
        <source>Disposed of under the retention policy ({how})</source>
        <translation>Gwaredwyd dan y polisi cadw ({how})</translation>
    </message>
    <message>
        <source>{field} changed (removed under retention)</source>
        <translation>Newidiwyd {field} (tynnwyd dan y polisi cadw)</translation>
    </message>
    <message>
        <source>The response changed after clearance, so it needs clearing again.</source>
        <translation>Newidiodd yr ymateb ar ôl ei gymeradwyo, felly mae angen ei gymeradwyo eto.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Exporting enquiries is managed by your organisation.</source>
        <translation>Eich sefydliad sy&apos;n rheoli allforio ymholiadau.</translation>
    </message>
    <message>
        <source>Export enquiries</source>
        <translation>Allforio ymholiadau</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Llyfr gwaith Excel (*.xlsx);;Ffeil CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search subject, questions, response, people…</source>
        <translation>Chwilio&apos;r pwnc, cwestiynau, ymateb, pobl…</translation>
    </message>
    <message>
        <source>Open enquiries</source>
        <translation>Ymholiadau agored</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Pob statws</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Search enquiries</source>
        <translation>Chwilio ymholiadau</translation>
    </message>
    <message>
        <source>Finds words in subject, questions, response, journalist and outlet</source>
        <translation>Yn dod o hyd i eiriau yn y pwnc, cwestiynau, ymateb, newyddiadurwr a chyfrwng</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Hidlydd statws</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Hidlydd perchennog</translation>
    </message>
    <message>
        <source>Outlet filter</source>
        <translation>Hidlydd cyfrwng</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Hidlydd tag</translation>
    </message>
    <message>
        <source>Filter by date received</source>
        <translation>Hidlo yn ôl dyddiad derbyn</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Derbyniwyd o</translation>
    </message>
    <message>
        <source>Received to</source>
        <translation>Derbyniwyd hyd at</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Unrhyw berchennog</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Unrhyw gyfrwng</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Unrhyw dag</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>The user guide is not installed with this copy.</source>
        <translation>Nid yw&apos;r canllaw defnyddwyr wedi&apos;i osod gyda&apos;r copi hwn.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Canllaw defnyddwyr</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr bysellfwrdd</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>MediaDesk user guide</source>
        <translation>Canllaw defnyddwyr MediaDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Canllaw defnyddwyr</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{when} · prepared by {who} · {n} open, {late} overdue.</source>
        <translation>{when} · paratowyd gan {who} · {n} ar agor, {late} yn hwyr.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Terfyn amser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Journalist / outlet</source>
        <translation>Newyddiadurwr / cyfrwng</translation>
    </message>
    <message>
        <source>Subject and questions</source>
        <translation>Pwnc a chwestiynau</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>en-GB</source>
        <translation>cy</translation>
    </message>
    <message>
        <source>Duty handover</source>
        <translation>Trosglwyddo dyletswydd</translation>
    </message>
    <message>
        <source>Duty handover: open enquiries</source>
        <translation>Trosglwyddo dyletswydd: ymholiadau agored</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Duty handover sheet</source>
        <translation>Taflen trosglwyddo dyletswydd</translation>
    </message>
    <message>
        <source>Handover sheet</source>
        <translation>Taflen trosglwyddo</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Cadw…</translation>
    </message>
    <message>
        <source>Save handover sheet</source>
        <translation>Cadw&apos;r daflen trosglwyddo</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Tudalen we (*.html)</translation>
    </message>
    <message>
        <source>The sheet could not be saved: {why}</source>
        <translation>Nid oedd modd cadw&apos;r daflen: {why}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import enquiries</source>
        <translation>Mewnforio ymholiadau</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Ffeil i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Colofn ar gyfer {field}</translation>
    </message>
    <message>
        <source>Values in your own words</source>
        <translation>Gwerthoedd yn eich geiriau eich hun</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Rhesi nad oes modd eu mewnforio</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file.</source>
        <translation>Dewiswch ffeil CSV neu Excel.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Cynnydd mewnforio</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Preview (first {n} rows)</source>
        <translation>Rhagolwg (y {n} rhes gyntaf)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemau</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Taenlenni (*.csv *.xlsx);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Yn darllen {name}…</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(heb ei fewnforio)</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Colofn {n}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(dewiswch)</translation>
    </message>
    <message>
        <source>{field} for “{word}”</source>
        <translation>{field} ar gyfer “{word}”</translation>
    </message>
    <message>
        <source>Row {row}: {msg}</source>
        <translation>Rhes {row}: {msg}</translation>
    </message>
    <message>
        <source>{bad} rows need fixing before anything is imported ({good} are fine). Fix the file, the column choices or the values above; nothing is imported half-way.</source>
        <translation>Mae angen trwsio {bad} rhes cyn mewnforio dim ({good} yn iawn). Trwsiwch y ffeil, y dewis o golofnau neu&apos;r gwerthoedd uchod; does dim yn cael ei fewnforio hanner ffordd.</translation>
    </message>
    <message>
        <source>{n} enquiries are ready to import.</source>
        <translation>Mae {n} ymholiad yn barod i&apos;w mewnforio.</translation>
    </message>
    <message>
        <source>Importing… (Cancel stops it and imports nothing)</source>
        <translation>Yn mewnforio… (mae Canslo yn ei atal a does dim yn cael ei fewnforio)</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Canslwyd y mewnforio.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>unread, </source>
        <translation>heb ei ddarllen, </translation>
    </message>
    <message>
        <source>starred, </source>
        <translation>â seren, </translation>
    </message>
    <message>
        <source>{state}{title}. {source}, {when} ago</source>
        <translation>{state}{title}. {source}, {when} yn ôl</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join your office</source>
        <translation>Ymuno â&apos;ch swyddfa</translation>
    </message>
    <message>
        <source>Office server address</source>
        <translation>Cyfeiriad gweinydd y swyddfa</translation>
    </message>
    <message>
        <source>Office user name</source>
        <translation>Enw defnyddiwr y swyddfa</translation>
    </message>
    <message>
        <source>Office password</source>
        <translation>Cyfrinair y swyddfa</translation>
    </message>
    <message>
        <source>Office &amp;server:</source>
        <translation>&amp;Gweinydd y swyddfa:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Yn ymuno</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Ymuno</translation>
    </message>
    <message>
        <source>Give the office server, your user name and password.</source>
        <translation>Rhowch weinydd y swyddfa, eich enw defnyddiwr a&apos;ch cyfrinair.</translation>
    </message>
    <message>
        <source>Signing in to the office…</source>
        <translation>Yn mewngofnodi i&apos;r swyddfa…</translation>
    </message>
    <message>
        <source>Joined {office}: {report}.</source>
        <translation>Wedi ymuno â {office}: {report}.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Newyddiadurwr</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Cyfrwng</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Response lines</source>
        <translation>Llinellau ymateb</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>Wedi&apos;i roi fel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Terfyn amser</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Sianel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>Cymeradwywyd gan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 munud</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 awr</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 awr</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Diwedd y dydd</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Dim terfyn amser</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Arall…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar waith</translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation>Yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Ymatebwyd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Caewyd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Dim ymateb</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Arferol</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>On the record</source>
        <translation>Ar y record</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Cefndir</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Datganiad</translation>
    </message>
    <message>
        <source>Declined to comment</source>
        <translation>Gwrthod rhoi sylw</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Cenedlaethol</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Rhanbarthol</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Masnach</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Darlledu</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>Ffrwd RSS neu Atom</translation>
    </message>
    <message>
        <source>GOV.UK search</source>
        <translation>Chwiliad GOV.UK</translation>
    </message>
    <message>
        <source>Mastodon hashtag</source>
        <translation>Hashnod Mastodon</translation>
    </message>
    <message>
        <source>Mastodon account</source>
        <translation>Cyfrif Mastodon</translation>
    </message>
    <message>
        <source>Account (user@server)</source>
        <translation>Cyfrif (defnyddiwr@gweinydd)</translation>
    </message>
    <message>
        <source>Mastodon list</source>
        <translation>Rhestr Mastodon</translation>
    </message>
    <message>
        <source>List ID</source>
        <translation>ID y rhestr</translation>
    </message>
    <message>
        <source>Mastodon search</source>
        <translation>Chwiliad Mastodon</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Bluesky search</source>
        <translation>Chwiliad Bluesky</translation>
    </message>
    <message>
        <source>Bluesky account&apos;s posts</source>
        <translation>Negeseuon cyfrif Bluesky</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>X recent search</source>
        <translation>Chwiliad diweddar X</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Ymholiad chwilio</translation>
    </message>
    <message>
        <source>X list</source>
        <translation>Rhestr X</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation>Yn y blwch anfon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Methodd</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>Fel y&apos;u rhestrwyd</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Yr wythnos hon</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Yr wythnos diwethaf</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Y mis hwn</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Y mis diwethaf</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dyddiadau penodol</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ymateb</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Locked after {n} without use.</source>
        <translation>Wedi&apos;i gloi ar ôl {n} heb ei ddefnyddio.</translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Wedi&apos;i gloi am fod y sgrin wedi&apos;i chloi.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Wedi&apos;i gloi am fod y cyfrifiadur wedi mynd i gysgu.</translation>
    </message>
    <message>
        <source>The profile&apos;s passphrase</source>
        <translation>Cyfrinymadrodd y proffil</translation>
    </message>
    <message>
        <source>Your password for {user} on this computer</source>
        <translation>Eich cyfrinair ar gyfer {user} ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>That did not prove who you are. Try again.</source>
        <translation>Ni phrofodd hynny pwy ydych chi. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Unlock MediaDesk</source>
        <translation>Datgloi MediaDesk</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>MediaDesk is locked</source>
        <translation>Mae MediaDesk wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock with &amp;Windows Hello</source>
        <translation>Datgloi gyda &amp;Windows Hello</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Enquiries</source>
        <translation>&amp;Ymholiadau</translation>
    </message>
    <message>
        <source>Visit posts</source>
        <translation>Negeseuon ymweliadau</translation>
    </message>
    <message>
        <source>&amp;Visit posts</source>
        <translation>&amp;Negeseuon ymweliadau</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitro</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>&amp;Monitro</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Ffolder y proffil</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>En&amp;quiries</source>
        <translation>Ym&amp;holiadau</translation>
    </message>
    <message>
        <source>P&amp;osts</source>
        <translation>Ne&amp;gesuon</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Locked on request.</source>
        <translation>Wedi&apos;i gloi ar gais.</translation>
    </message>
    <message>
        <source>&amp;Import enquiries…</source>
        <translation>&amp;Mewnforio ymholiadau…</translation>
    </message>
    <message>
        <source>&amp;Export this list…</source>
        <translation>&amp;Allforio&apos;r rhestr hon…</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Wedi&apos;i reoli gan eich sefydliad</translation>
    </message>
    <message>
        <source>New enquiry from e&amp;mail…</source>
        <translation>Ymholiad newydd o e-&amp;bost…</translation>
    </message>
    <message>
        <source>Duty &amp;handover sheet…</source>
        <translation>&amp;Taflen trosglwyddo dyletswydd…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>&amp;Lock MediaDesk</source>
        <translation>&amp;Cloi MediaDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ga&amp;dael</translation>
    </message>
    <message>
        <source>&amp;New enquiry</source>
        <translation>Ymholiad ne&amp;wydd</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>&amp;Directory of journalists…</source>
        <translation>Cyfeiriadur &amp;newyddiadurwyr…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Adroddiad…</translation>
    </message>
    <message>
        <source>Re&amp;tention review…</source>
        <translation>Adolygiad &amp;cadw…</translation>
    </message>
    <message>
        <source>Needs &amp;attention…</source>
        <translation>Angen &amp;sylw…</translation>
    </message>
    <message>
        <source>Check the audit lo&amp;g</source>
        <translation>Gwirio&apos;r &amp;log archwilio</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cyfrifon…</translation>
    </message>
    <message>
        <source>&amp;Publish the outbox now</source>
        <translation>&amp;Cyhoeddi&apos;r blwch anfon nawr</translation>
    </message>
    <message>
        <source>&amp;About MediaDesk</source>
        <translation>&amp;Ynghylch MediaDesk</translation>
    </message>
    <message>
        <source>{ref} is {when}: {subject}</source>
        <translation>Mae {ref} {when}: {subject}</translation>
    </message>
    <message>
        <source>Monitoring alert: {source}</source>
        <translation>Rhybudd monitro: {source}</translation>
    </message>
</context>
<context>
    <name>MastodonForm</name>
    <message>
        <source>Mastodon server</source>
        <translation>Gweinydd Mastodon</translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation>Mewngofnodi gyda&apos;r porwr…</translation>
    </message>
    <message>
        <source>Paste the code the server shows</source>
        <translation>Gludwch y cod mae&apos;r gweinydd yn ei ddangos</translation>
    </message>
    <message>
        <source>Mastodon authorisation code</source>
        <translation>Cod awdurdodi Mastodon</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>…or paste an access token</source>
        <translation>…neu gludwch docyn mynediad</translation>
    </message>
    <message>
        <source>Mastodon access token</source>
        <translation>Tocyn mynediad Mastodon</translation>
    </message>
    <message>
        <source>Use token</source>
        <translation>Defnyddio&apos;r tocyn</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Gweinydd</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Tocyn</translation>
    </message>
    <message>
        <source>Start with &apos;Sign in with the browser&apos; first.</source>
        <translation>Dechreuwch gyda &apos;Mewngofnodi gyda&apos;r porwr&apos; yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>MenuActions</name>
    <message>
        <source>Imported {n} enquiries.</source>
        <translation>Mewnforiwyd {n} ymholiad.</translation>
    </message>
    <message>
        <source>Settings saved. The language changes the next time MediaDesk starts.</source>
        <translation>Gosodiadau wedi&apos;u cadw. Bydd yr iaith yn newid y tro nesaf y bydd MediaDesk yn dechrau.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Gosodiadau wedi&apos;u cadw.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Only a clearer can clear a response: ask the head of news or a clearer.</source>
        <translation>Dim ond cymeradwywr all gymeradwyo ymateb: gofynnwch i&apos;r pennaeth newyddion neu gymeradwywr.</translation>
    </message>
    <message>
        <source>Write the response lines before they can be cleared.</source>
        <translation>Ysgrifennwch y llinellau ymateb cyn y gellir eu cymeradwyo.</translation>
    </message>
    <message>
        <source>Enquiry {enquiry_id} no longer exists.</source>
        <translation>Nid yw ymholiad {enquiry_id} yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>An enquiry needs a subject.</source>
        <translation>Mae angen pwnc ar ymholiad.</translation>
    </message>
    <message>
        <source>Say how the response was given (on the record, background, statement or declined to comment) before marking it responded.</source>
        <translation>Dywedwch sut y rhoddwyd yr ymateb (ar y record, cefndir, datganiad neu wrthod rhoi sylw) cyn ei farcio wedi&apos;i ateb.</translation>
    </message>
    <message>
        <source>The passphrase file could not be read: {strerror}.</source>
        <translation>Nid oedd modd darllen y ffeil cyfrinymadrodd: {strerror}.</translation>
    </message>
    <message>
        <source>This profile is protected by a passphrase: pass --passphrase-file.</source>
        <translation>Mae&apos;r proffil hwn wedi&apos;i ddiogelu gan gyfrinymadrodd: rhowch --passphrase-file.</translation>
    </message>
    <message>
        <source>Unknown command {command}.</source>
        <translation>Gorchymyn anhysbys {command}.</translation>
    </message>
    <message>
        <source>Import enquiries from one spreadsheet at a time.</source>
        <translation>Mewnforiwch ymholiadau o un daenlen ar y tro.</translation>
    </message>
    <message>
        <source>The value map {map_file} could not be read.</source>
        <translation>Nid oedd modd darllen y map gwerthoedd {map_file}.</translation>
    </message>
    <message>
        <source>{row} of {file} cannot be imported ({problem}); nothing was imported.</source>
        <translation>Ni ellir mewnforio {row} o {file} ({problem}); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Exporting enquiries is turned off by your organisation.</source>
        <translation>Mae eich sefydliad wedi diffodd allforio ymholiadau.</translation>
    </message>
    <message>
        <source>{file} could not be written: {strerror}.</source>
        <translation>Nid oedd modd ysgrifennu {file}: {strerror}.</translation>
    </message>
    <message>
        <source>{file} could not be read ({exc}).</source>
        <translation>Nid oedd modd darllen {file} ({exc}).</translation>
    </message>
    <message>
        <source>Items are exported as CSV (--format csv).</source>
        <translation>Caiff eitemau eu hallforio fel CSV (--format csv).</translation>
    </message>
    <message>
        <source>{key} must be a {__name__}.</source>
        <translation>Rhaid i {key} fod yn {__name__}.</translation>
    </message>
    <message>
        <source>{key} must be at least {minimum}.</source>
        <translation>Rhaid i {key} fod yn {minimum} o leiaf.</translation>
    </message>
    <message>
        <source>{key} must be at most {maximum}.</source>
        <translation>Rhaid i {key} fod yn {maximum} ar y mwyaf.</translation>
    </message>
    <message>
        <source>{key} must be one of {choices}.</source>
        <translation>Rhaid i {key} fod yn un o {choices}.</translation>
    </message>
    <message>
        <source>This setting is managed by your organisation.</source>
        <translation>Eich sefydliad sy&apos;n rheoli&apos;r gosodiad hwn.</translation>
    </message>
    <message>
        <source>An enquiry that is {current} cannot be moved to {target}.</source>
        <translation>Ni ellir symud ymholiad sy&apos;n {current} i {target}.</translation>
    </message>
    <message>
        <source>Give the enquiry a subject.</source>
        <translation>Rhowch bwnc i&apos;r ymholiad.</translation>
    </message>
    <message>
        <source>The deadline is before the enquiry was received.</source>
        <translation>Mae&apos;r terfyn amser cyn i&apos;r ymholiad gael ei dderbyn.</translation>
    </message>
    <message>
        <source>The pattern &apos;{pattern}&apos; takes too long to match; simplify it in the column&apos;s settings.</source>
        <translation>Mae&apos;r patrwm &apos;{pattern}&apos; yn cymryd gormod o amser i&apos;w baru; symleiddiwch ef yng ngosodiadau&apos;r golofn.</translation>
    </message>
    <message>
        <source>&apos;{pattern}&apos; is not a valid pattern: {exc}.</source>
        <translation>Nid yw &apos;{pattern}&apos; yn batrwm dilys: {exc}.</translation>
    </message>
    <message>
        <source>The pattern &apos;{pattern}&apos; can take too long to match; simplify it (nested repeats such as (a+)+ are the usual cause).</source>
        <translation>Gall y patrwm &apos;{pattern}&apos; gymryd gormod o amser i&apos;w baru; symleiddiwch ef (ailadroddiadau nythog fel (a+)+ yw&apos;r achos arferol).</translation>
    </message>
    <message>
        <source>Patterns are limited to {MAX_PATTERN} characters.</source>
        <translation>Mae patrymau wedi&apos;u cyfyngu i {MAX_PATTERN} nod.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; must be a list of words.</source>
        <translation>Rhaid i &apos;{value}&apos; fod yn rhestr o eiriau.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address (http or https).</source>
        <translation>Nid yw &apos;{url}&apos; yn gyfeiriad gwe (http neu https).</translation>
    </message>
    <message>
        <source>&apos;{instance}&apos; is not a Mastodon server address.</source>
        <translation>Nid yw &apos;{instance}&apos; yn gyfeiriad gweinydd Mastodon.</translation>
    </message>
    <message>
        <source>A Mastodon hashtag column needs a hashtag.</source>
        <translation>Mae angen hashnod ar golofn hashnod Mastodon.</translation>
    </message>
    <message>
        <source>A {kind} column needs: {value}.</source>
        <translation>Mae colofn {kind} angen: {value}.</translation>
    </message>
    <message>
        <source>Give the Mastodon account as user@server.</source>
        <translation>Rhowch y cyfrif Mastodon fel defnyddiwr@gweinydd.</translation>
    </message>
    <message>
        <source>A GOV.UK search needs keywords or an organisation.</source>
        <translation>Mae angen allweddeiriau neu sefydliad ar chwiliad GOV.UK.</translation>
    </message>
    <message>
        <source>This address did not return an RSS or Atom feed.</source>
        <translation>Ni roddodd y cyfeiriad hwn ffrwd RSS neu Atom.</translation>
    </message>
    <message>
        <source>That is not an office server address (postgresql://HOST:PORT/DATABASE).</source>
        <translation>Nid cyfeiriad gweinydd swyddfa yw hwnnw (postgresql://HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>That is not an office server address: write it as postgresql://HOST:PORT/DATABASE.</source>
        <translation>Nid cyfeiriad gweinydd swyddfa yw hwnnw: ysgrifennwch ef fel postgresql://HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The office server address names no host: postgresql://HOST:PORT/DB.</source>
        <translation>Nid yw cyfeiriad gweinydd y swyddfa&apos;n enwi gwesteiwr: postgresql://HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>MediaDesk talks to the office server only over verified TLS: use sslmode=verify-full instead of sslmode={mode}.</source>
        <translation>Mae MediaDesk yn siarad â gweinydd y swyddfa dros TLS wedi&apos;i wirio yn unig: defnyddiwch sslmode=verify-full yn lle sslmode={mode}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; cannot be a user name: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter (at most 63).</source>
        <translation>Ni all &apos;{value}&apos; fod yn enw defnyddiwr: defnyddiwch lythrennau bach, digidau, &apos;.&apos;, &apos;-&apos; neu &apos;_&apos;, gan ddechrau gyda llythyren (63 ar y mwyaf).</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a role: choose officer, clearer or admin.</source>
        <translation>Nid yw &apos;{role}&apos; yn rôl: dewiswch officer, clearer neu admin.</translation>
    </message>
    <message>
        <source>A display name is 1 to 100 printable characters, e.g. &quot;Alex Jones&quot;.</source>
        <translation>Mae enw arddangos rhwng 1 a 100 nod argraffadwy, e.e. &quot;Alex Jones&quot;.</translation>
    </message>
    <message>
        <source>The password file&apos;s first line is empty.</source>
        <translation>Mae llinell gyntaf y ffeil cyfrinair yn wag.</translation>
    </message>
    <message>
        <source>The office server at {where} has no MediaDesk schema yet: run &apos;mediadesk server init&apos; first.</source>
        <translation>Does dim sgema MediaDesk ar weinydd y swyddfa yn {where} eto: rhedwch &apos;mediadesk server init&apos; yn gyntaf.</translation>
    </message>
    <message>
        <source>There is already a user called {value} on the office server.</source>
        <translation>Mae defnyddiwr o&apos;r enw {value} ar weinydd y swyddfa eisoes.</translation>
    </message>
    <message>
        <source>There is no officer called {value} on the office server.</source>
        <translation>Does dim swyddog o&apos;r enw {value} ar weinydd y swyddfa.</translation>
    </message>
    <message>
        <source>The password file {path} cannot be read ({strerror}).</source>
        <translation>Ni ellir darllen y ffeil cyfrinair {path} ({strerror}).</translation>
    </message>
    <message>
        <source>The password file {path} is too large to hold a password.</source>
        <translation>Mae&apos;r ffeil cyfrinair {path} yn rhy fawr i ddal cyfrinair.</translation>
    </message>
    <message>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>Nid yw&apos;r ffeil cyfrinair {path} yn destun UTF-8.</translation>
    </message>
    <message>
        <source>The password file {path} has no password on its first line.</source>
        <translation>Does dim cyfrinair ar linell gyntaf y ffeil cyfrinair {path}.</translation>
    </message>
    <message>
        <source>Say what to change: --role, --display-name, --password-file, --disable or --enable.</source>
        <translation>Dywedwch beth i&apos;w newid: --role, --display-name, --password-file, --disable neu --enable.</translation>
    </message>
    <message>
        <source>Connecting social accounts needs the OS keyring, and this profile is using a passphrase instead. Use Copy for manual posting, or ask IT to enable the keyring.</source>
        <translation>Mae cysylltu cyfrifon cymdeithasol angen cylch allweddi&apos;r system, ac mae&apos;r proffil hwn yn defnyddio cyfrinymadrodd yn lle hynny. Defnyddiwch Copïo i&apos;w bostio â llaw, neu gofynnwch i TG alluogi&apos;r cylch allweddi.</translation>
    </message>
    <message>
        <source>{platform} accounts are connected through the browser.</source>
        <translation>Caiff cyfrifon {platform} eu cysylltu drwy&apos;r porwr.</translation>
    </message>
    <message>
        <source>{platform} accounts are connected with a password here.</source>
        <translation>Caiff cyfrifon {platform} eu cysylltu gyda chyfrinair yma.</translation>
    </message>
    <message>
        <source>This is not a MediaDesk column set (format {LAYOUT_FORMAT}).</source>
        <translation>Nid set colofnau MediaDesk yw hon (fformat {LAYOUT_FORMAT}).</translation>
    </message>
    <message>
        <source>The column set has no list of columns.</source>
        <translation>Does dim rhestr o golofnau yn y set colofnau.</translation>
    </message>
    <message>
        <source>A column set has at most {MAX_COLUMNS} columns.</source>
        <translation>Mae gan set colofnau {MAX_COLUMNS} colofn ar y mwyaf.</translation>
    </message>
    <message>
        <source>Column {number}: {message}</source>
        <translation>Colofn {number}: {message}</translation>
    </message>
    <message>
        <source>Column {number} is incomplete or malformed ({exc}).</source>
        <translation>Mae colofn {number} yn anghyflawn neu wedi&apos;i ffurfio&apos;n wael ({exc}).</translation>
    </message>
    <message>
        <source>The column set is not valid JSON ({exc}).</source>
        <translation>Nid yw&apos;r set colofnau yn JSON dilys ({exc}).</translation>
    </message>
    <message>
        <source>A journalist needs a name.</source>
        <translation>Mae angen enw ar newyddiadurwr.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address.</source>
        <translation>Nid yw &apos;{email}&apos; yn gyfeiriad e-bost.</translation>
    </message>
    <message>
        <source>There is no backup to restore; ask IT to restore the profile folder.</source>
        <translation>Does dim copi wrth gefn i&apos;w adfer; gofynnwch i TG adfer ffolder y proffil.</translation>
    </message>
    <message>
        <source>a column of the office&apos;s set has no key</source>
        <translation>does dim allwedd gan un o golofnau set y swyddfa</translation>
    </message>
    <message>
        <source>two columns of the office&apos;s set share a key</source>
        <translation>mae dwy o golofnau set y swyddfa&apos;n rhannu allwedd</translation>
    </message>
    <message>
        <source>Joining an office needs the OS keyring to keep the office password, and this profile uses a passphrase instead. Ask IT to enable the keyring.</source>
        <translation>Mae ymuno â swyddfa angen cylch allweddi&apos;r system i gadw cyfrinair y swyddfa, ac mae&apos;r proffil hwn yn defnyddio cyfrinymadrodd yn lle hynny. Gofynnwch i TG alluogi&apos;r cylch allweddi.</translation>
    </message>
    <message>
        <source>Give the password in a file (--password-file), not in the server address.</source>
        <translation>Rhowch y cyfrinair mewn ffeil (--password-file), nid yng nghyfeiriad y gweinydd.</translation>
    </message>
    <message>
        <source>This profile has already joined an office.</source>
        <translation>Mae&apos;r proffil hwn eisoes wedi ymuno â swyddfa.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy allows joining only its own office server: {server}.</source>
        <translation>Mae polisi eich sefydliad yn caniatáu ymuno â&apos;i weinydd swyddfa ei hun yn unig: {server}.</translation>
    </message>
    <message>
        <source>{login} is not an officer of this office: ask its admin.</source>
        <translation>Nid yw {login} yn swyddog yn y swyddfa hon: gofynnwch i&apos;w gweinyddwr.</translation>
    </message>
    <message>
        <source>This profile has not joined an office: use &apos;mediadesk join&apos;.</source>
        <translation>Nid yw&apos;r proffil hwn wedi ymuno â swyddfa: defnyddiwch &apos;mediadesk join&apos;.</translation>
    </message>
    <message>
        <source>Sign-in needed: the office password is not in the keyring.</source>
        <translation>Angen mewngofnodi: nid yw cyfrinair y swyddfa yn y cylch allweddi.</translation>
    </message>
    <message>
        <source>Only a clearer or an admin can publish the office&apos;s columns.</source>
        <translation>Dim ond cymeradwywr neu weinyddwr all gyhoeddi colofnau&apos;r swyddfa.</translation>
    </message>
    <message>
        <source>That visit no longer exists.</source>
        <translation>Nid yw&apos;r ymweliad hwnnw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>Name the minister making the visit.</source>
        <translation>Enwch y gweinidog sy&apos;n gwneud yr ymweliad.</translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <translation>Rhowch ddyddiad yr ymweliad.</translation>
    </message>
    <message>
        <source>That post no longer exists.</source>
        <translation>Nid yw&apos;r neges honno&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>This post is &apos;{status}&apos; and cannot be edited. Take it out of the outbox first.</source>
        <translation>Mae&apos;r neges hon yn &apos;{status}&apos; ac ni ellir ei golygu. Tynnwch hi o&apos;r blwch anfon yn gyntaf.</translation>
    </message>
    <message>
        <source>This post is &apos;{status}&apos;; its photos are fixed.</source>
        <translation>Mae&apos;r neges hon yn &apos;{status}&apos;; mae ei lluniau&apos;n sefydlog.</translation>
    </message>
    <message>
        <source>A post can have at most {MAX_PHOTOS} photos.</source>
        <translation>Gall neges gael {MAX_PHOTOS} llun ar y mwyaf.</translation>
    </message>
    <message>
        <source>No {names} account is connected, so MediaDesk cannot publish there: connect it under Posts &gt; Accounts, or use Copy for manual posting.</source>
        <translation>Does dim cyfrif {names} wedi&apos;i gysylltu, felly ni all MediaDesk gyhoeddi yno: cysylltwch ef o dan Negeseuon &gt; Cyfrifon, neu defnyddiwch Copïo i&apos;w bostio â llaw.</translation>
    </message>
    <message>
        <source>Say who cleared the post.</source>
        <translation>Dywedwch pwy gymeradwyodd y neges.</translation>
    </message>
    <message>
        <source>Only a cleared post can go in the outbox.</source>
        <translation>Dim ond neges wedi&apos;i chymeradwyo all fynd i&apos;r blwch anfon.</translation>
    </message>
    <message>
        <source>The embargo is {embargo:%d %B %H:%M}; choose a later time.</source>
        <translation>Mae&apos;r embargo am {embargo:%d %B %H:%M}; dewiswch amser hwyrach.</translation>
    </message>
    <message>
        <source>The profile database {path} does not exist.</source>
        <translation>Nid yw cronfa ddata&apos;r proffil {path} yn bodoli.</translation>
    </message>
    <message>
        <source>The profile database {path} (or its folder) is read-only, so nothing you log could be saved. Move the profile to a folder you can write to, or ask IT to fix its permissions. The file was not changed.</source>
        <translation>Mae cronfa ddata&apos;r proffil {path} (neu ei ffolder) yn ddarllen-yn-unig, felly ni ellid cadw dim rydych yn ei gofnodi. Symudwch y proffil i ffolder y gallwch ysgrifennu iddo, neu gofynnwch i TG drwsio ei ganiatâd. Ni newidiwyd y ffeil.</translation>
    </message>
    <message>
        <source>The profile database {path} could not be opened: the folder or file is not accessible. Check that the drive is connected and you have permission.</source>
        <translation>Nid oedd modd agor cronfa ddata&apos;r proffil {path}: nid oes modd cyrraedd y ffolder na&apos;r ffeil. Gwiriwch fod y gyriant wedi&apos;i gysylltu a bod gennych ganiatâd.</translation>
    </message>
    <message>
        <source>MediaDesk could not open {path}: {path2}. The file has been left exactly as it is. Restore a backup from the backups folder, or ask IT for help.</source>
        <translation>Ni allai MediaDesk agor {path}: {path2}. Mae&apos;r ffeil wedi&apos;i gadael yn union fel y mae. Adferwch gopi wrth gefn o&apos;r ffolder copïau wrth gefn, neu gofynnwch i TG am help.</translation>
    </message>
    <message>
        <source>The profile database {path} is read-only, so nothing you log could be saved. Move the profile to a folder you can write to, or ask IT to fix its permissions.</source>
        <translation>Mae cronfa ddata&apos;r proffil {path} yn ddarllen-yn-unig, felly ni ellid cadw dim rydych yn ei gofnodi. Symudwch y proffil i ffolder y gallwch ysgrifennu iddo, neu gofynnwch i TG drwsio ei ganiatâd.</translation>
    </message>
    <message>
        <source>The disk is full{where}, so your last change was not saved. It is still on screen: free some space, then save again.</source>
        <translation>Mae&apos;r ddisg yn llawn{where}, felly ni chadwyd eich newid diwethaf. Mae&apos;n dal ar y sgrin: rhyddhewch ychydig o le, yna cadwch eto.</translation>
    </message>
    <message>
        <source>The profile{where} is read-only, so your last change was not saved. It is still on screen: ask IT to fix the folder&apos;s permissions.</source>
        <translation>Mae&apos;r proffil{where} yn ddarllen-yn-unig, felly ni chadwyd eich newid diwethaf. Mae&apos;n dal ar y sgrin: gofynnwch i TG drwsio caniatâd y ffolder.</translation>
    </message>
    <message>
        <source>The profile is busy in another window; your change was not saved. Try again.</source>
        <translation>Mae&apos;r proffil yn brysur mewn ffenestr arall; ni chadwyd eich newid. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your last change could not be saved{where}: {exc}. It is still on screen.</source>
        <translation>Nid oedd modd cadw eich newid diwethaf{where}: {exc}. Mae&apos;n dal ar y sgrin.</translation>
    </message>
    <message>
        <source>The profile manifest {manifest} is damaged, so MediaDesk cannot tell where the profile&apos;s key is. Nothing was changed; ask IT to restore it from backup.</source>
        <translation>Mae maniffest y proffil {manifest} wedi&apos;i ddifrodi, felly ni all MediaDesk ddweud ble mae allwedd y proffil. Ni newidiwyd dim; gofynnwch i TG ei adfer o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>{database} has no manifest beside it, so MediaDesk cannot find its key. The file was left as it is. Restore profile.json from backup, or ask IT.</source>
        <translation>Does dim maniffest wrth ymyl {database}, felly ni all MediaDesk ddod o hyd i&apos;w allwedd. Gadawyd y ffeil fel y mae. Adferwch profile.json o gopi wrth gefn, neu gofynnwch i TG.</translation>
    </message>
    <message>
        <source>The profile database {database} is missing. MediaDesk will not start an empty profile in its place: restore it from backup, or choose another profile folder with --profile.</source>
        <translation>Mae cronfa ddata&apos;r proffil {database} ar goll. Ni fydd MediaDesk yn dechrau proffil gwag yn ei lle: adferwch hi o gopi wrth gefn, neu dewiswch ffolder proffil arall gyda --profile.</translation>
    </message>
    <message>
        <source>There is no MediaDesk profile in {root}.</source>
        <translation>Does dim proffil MediaDesk yn {root}.</translation>
    </message>
    <message>
        <source>This profile is protected by a passphrase; enter it to open it.</source>
        <translation>Mae&apos;r proffil hwn wedi&apos;i ddiogelu gan gyfrinymadrodd; rhowch ef i&apos;w agor.</translation>
    </message>
    <message>
        <source>This profile&apos;s key is kept in the OS keyring, but no secure keyring is available now. Sign in to your desktop session (or unlock the keyring) and try again.</source>
        <translation>Mae allwedd y proffil hwn yng nghylch allweddi&apos;r system, ond does dim cylch allweddi diogel ar gael nawr. Mewngofnodwch i&apos;ch sesiwn bwrdd gwaith (neu datglowch y cylch allweddi) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The key for this profile is missing from the OS keyring (entry &apos;{keyring_entry}&apos; of service &apos;MediaDesk&apos;). Without it the data cannot be read. The file was left untouched: restore the keyring entry, or ask IT.</source>
        <translation>Mae allwedd y proffil hwn ar goll o gylch allweddi&apos;r system (cofnod &apos;{keyring_entry}&apos; y gwasanaeth &apos;MediaDesk&apos;). Hebddi ni ellir darllen y data. Gadawyd y ffeil heb ei chyffwrdd: adferwch y cofnod yn y cylch allweddi, neu gofynnwch i TG.</translation>
    </message>
    <message>
        <source>The key stored in the OS keyring for this profile is damaged.</source>
        <translation>Mae&apos;r allwedd sydd yng nghylch allweddi&apos;r system ar gyfer y proffil hwn wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>No secure OS keyring is available to keep this profile&apos;s key. Choose a passphrase to protect the profile instead.</source>
        <translation>Does dim cylch allweddi diogel ar gael i gadw allwedd y proffil hwn. Dewiswch gyfrinymadrodd i ddiogelu&apos;r proffil yn lle hynny.</translation>
    </message>
    <message>
        <source>{why} Your organisation does not allow passphrase-protected profiles, so MediaDesk cannot start. Contact IT support.</source>
        <translation>{why} Nid yw eich sefydliad yn caniatáu proffiliau wedi&apos;u diogelu gan gyfrinymadrodd, felly ni all MediaDesk ddechrau. Cysylltwch â chymorth TG.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least {MINIMUM_LENGTH} characters.</source>
        <translation>Defnyddiwch gyfrinymadrodd o {MINIMUM_LENGTH} nod o leiaf.</translation>
    </message>
    <message>
        <source>This sentence has more than {MAX_SENTENCE_WORDS} words; shorter sentences are easier to read.</source>
        <translation>Mae mwy na {MAX_SENTENCE_WORDS} gair yn y frawddeg hon; mae brawddegau byrrach yn haws eu darllen.</translation>
    </message>
    <message>
        <source>If #{group} is more than one word, write it in CamelCase so screen readers read it as words.</source>
        <translation>Os yw #{group} yn fwy nag un gair, ysgrifennwch ef mewn CamelCase fel bod darllenwyr sgrin yn ei ddarllen fel geiriau.</translation>
    </message>
    <message>
        <source>{n} hashtags: use no more than {MAX_HASHTAGS}.</source>
        <translation>{n} hashnod: defnyddiwch {MAX_HASHTAGS} ar y mwyaf.</translation>
    </message>
    <message>
        <source>Put hashtags at the end, not in the middle of a sentence.</source>
        <translation>Rhowch hashnodau ar y diwedd, nid yng nghanol brawddeg.</translation>
    </message>
    <message>
        <source>{n} emoji: screen readers read each one out; use no more than {MAX_EMOJI}.</source>
        <translation>{n} emoji: mae darllenwyr sgrin yn darllen pob un yn uchel; defnyddiwch {MAX_EMOJI} ar y mwyaf.</translation>
    </message>
    <message>
        <source>The same emoji is repeated.</source>
        <translation>Mae&apos;r un emoji wedi&apos;i ailadrodd.</translation>
    </message>
    <message>
        <source>Emoji used as a bullet point.</source>
        <translation>Emoji wedi&apos;i ddefnyddio fel pwynt bwled.</translation>
    </message>
    <message>
        <source>More than one link: give each post one clear destination.</source>
        <translation>Mwy nag un ddolen: rhowch un gyrchfan glir i bob neges.</translation>
    </message>
    <message>
        <source>Link shorteners hide where a link goes; use the full GOV.UK address.</source>
        <translation>Mae byrhawyr dolenni&apos;n cuddio i ble mae dolen yn mynd; defnyddiwch y cyfeiriad GOV.UK llawn.</translation>
    </message>
    <message>
        <source>Say where the link goes instead of &apos;click here&apos;.</source>
        <translation>Dywedwch i ble mae&apos;r ddolen yn mynd yn lle &apos;cliciwch yma&apos;.</translation>
    </message>
    <message>
        <source>Text in capitals is hard to read and is read out letter by letter.</source>
        <translation>Mae testun mewn priflythrennau&apos;n anodd ei ddarllen ac yn cael ei ddarllen fesul llythyren.</translation>
    </message>
    <message>
        <source>Most of this post is in capitals.</source>
        <translation>Mae&apos;r rhan fwyaf o&apos;r neges hon mewn priflythrennau.</translation>
    </message>
    <message>
        <source>Write the word instead of &apos;{group}&apos;.</source>
        <translation>Ysgrifennwch y gair yn lle &apos;{group}&apos;.</translation>
    </message>
    <message>
        <source>This names the place before {location_sensitive_until:%d %B %H:%M}, while the visit is location sensitive.</source>
        <translation>Mae hyn yn enwi&apos;r lle cyn {location_sensitive_until:%d %B %H:%M}, tra bo lleoliad yr ymweliad yn sensitif.</translation>
    </message>
    <message>
        <source>Too long for {platform}: {used} of {limit} {unit}.</source>
        <translation>Rhy hir ar gyfer {platform}: {used} o {limit} {unit}.</translation>
    </message>
    <message>
        <source>{platform}: {extra}.</source>
        <translation>{platform}: {extra}.</translation>
    </message>
    <message>
        <source>1 photo needs alt text describing it for people who cannot see it.</source>
        <translation>Mae angen testun amgen ar 1 llun yn ei ddisgrifio i bobl na allant ei weld.</translation>
    </message>
    <message>
        <source>{n} photos need alt text describing them for people who cannot see them.</source>
        <translation>Mae angen testun amgen ar {n} llun yn eu disgrifio i bobl na allant eu gweld.</translation>
    </message>
    <message>
        <source>The publishing time is before the embargo ({embargo:%d %B %H:%M}).</source>
        <translation>Mae&apos;r amser cyhoeddi cyn yr embargo ({embargo:%d %B %H:%M}).</translation>
    </message>
    <message>
        <source>A post that is &apos;{old}&apos; cannot become &apos;{new}&apos;.</source>
        <translation>Ni all neges sy&apos;n &apos;{old}&apos; ddod yn &apos;{new}&apos;.</translation>
    </message>
    <message>
        <source>This text is too long to post to {platform} even as a thread.</source>
        <translation>Mae&apos;r testun hwn yn rhy hir i&apos;w bostio i {platform} hyd yn oed fel edefyn.</translation>
    </message>
    <message>
        <source>Choose at least one platform.</source>
        <translation>Dewiswch o leiaf un platfform.</translation>
    </message>
    <message>
        <source>The post has no text.</source>
        <translation>Does dim testun yn y neges.</translation>
    </message>
    <message>
        <source>The alt text of photo {position} is too long for {platform} ({length} of {platform2}).</source>
        <translation>Mae testun amgen llun {position} yn rhy hir ar gyfer {platform} ({length} o {platform2}).</translation>
    </message>
    <message>
        <source>Check the photos do not show where the visit is: it is location sensitive until {sensitive:%d %B %H:%M}.</source>
        <translation>Gwiriwch nad yw&apos;r lluniau&apos;n dangos lle mae&apos;r ymweliad: mae&apos;r lleoliad yn sensitif tan {sensitive:%d %B %H:%M}.</translation>
    </message>
    <message>
        <source>There is no MediaDesk profile in {root}; check the --profile folder. Nothing was created.</source>
        <translation>Does dim proffil MediaDesk yn {root}; gwiriwch y ffolder --profile. Ni chrëwyd dim.</translation>
    </message>
    <message>
        <source>{path}: HEIC photos cannot be read on this computer; export it as JPEG first.</source>
        <translation>{path}: ni ellir darllen lluniau HEIC ar y cyfrifiadur hwn; allforiwch ef fel JPEG yn gyntaf.</translation>
    </message>
    <message>
        <source>{path} is not a photo MediaDesk can read (JPEG, PNG or WebP).</source>
        <translation>Nid yw {path} yn llun y gall MediaDesk ei ddarllen (JPEG, PNG neu WebP).</translation>
    </message>
    <message>
        <source>{path} could not be read: {errorString}.</source>
        <translation>Nid oedd modd darllen {path}: {errorString}.</translation>
    </message>
    <message>
        <source>{path} could not be read: {exc}.</source>
        <translation>Nid oedd modd darllen {path}: {exc}.</translation>
    </message>
    <message>
        <source>{path} is incomplete or damaged (perhaps not fully downloaded or copied); copy it again from the camera or phone.</source>
        <translation>Mae {path} yn anghyflawn neu wedi&apos;i ddifrodi (efallai heb ei lwytho i lawr na&apos;i gopïo&apos;n llawn); copïwch ef eto o&apos;r camera neu&apos;r ffôn.</translation>
    </message>
    <message>
        <source>The photo could not be encoded: {errorString}.</source>
        <translation>Nid oedd modd amgodio&apos;r llun: {errorString}.</translation>
    </message>
    <message>
        <source>{path} could not be made small enough for {limits}.</source>
        <translation>Nid oedd modd gwneud {path} yn ddigon bach ar gyfer {limits}.</translation>
    </message>
    <message>
        <source>{target} could not be written: {exc}.</source>
        <translation>Nid oedd modd ysgrifennu {target}: {exc}.</translation>
    </message>
    <message>
        <source>The proxy auto-config script is not valid: {exc}</source>
        <translation>Nid yw&apos;r sgript ffurfweddu dirprwy awtomatig yn ddilys: {exc}</translation>
    </message>
    <message>
        <source>The proxy auto-config script at {pac_url} could not be fetched ({__name__}). Check the PAC address in policy.</source>
        <translation>Nid oedd modd nôl y sgript ffurfweddu dirprwy awtomatig yn {pac_url} ({__name__}). Gwiriwch y cyfeiriad PAC yn y polisi.</translation>
    </message>
    <message>
        <source>{server} cannot be reached to look up @{user}.</source>
        <translation>Ni ellir cyrraedd {server} i chwilio am @{user}.</translation>
    </message>
    <message>
        <source>There is no account @{user} on {server}.</source>
        <translation>Does dim cyfrif @{user} ar {server}.</translation>
    </message>
    <message>
        <source>{server} answered {status_code} looking up @{user}.</source>
        <translation>Atebodd {server} {status_code} wrth chwilio am @{user}.</translation>
    </message>
    <message>
        <source>{server} sent an unexpected answer looking up @{user}.</source>
        <translation>Anfonodd {server} ateb annisgwyl wrth chwilio am @{user}.</translation>
    </message>
    <message>
        <source>MediaDesk signs in only over a secure connection: use the server&apos;s https:// address instead of &apos;{url}&apos;.</source>
        <translation>Mae MediaDesk yn mewngofnodi dros gysylltiad diogel yn unig: defnyddiwch gyfeiriad https:// y gweinydd yn lle &apos;{url}&apos;.</translation>
    </message>
    <message>
        <source>The office server at {where} refused that user name and password.</source>
        <translation>Gwrthododd gweinydd y swyddfa yn {where} yr enw defnyddiwr a&apos;r cyfrinair hwnnw.</translation>
    </message>
    <message>
        <source>The office server at {where} did not accept your Windows sign-in (Kerberos): sign in to Windows again on the office network, or ask IT.</source>
        <translation>Ni dderbyniodd gweinydd y swyddfa yn {where} eich mewngofnodi Windows (Kerberos): mewngofnodwch i Windows eto ar rwydwaith y swyddfa, neu gofynnwch i TG.</translation>
    </message>
    <message>
        <source>The office server at {where} no longer lets this officer sign in: ask the office&apos;s admin.</source>
        <translation>Nid yw gweinydd y swyddfa yn {where} yn gadael i&apos;r swyddog hwn fewngofnodi mwyach: gofynnwch i weinyddwr y swyddfa.</translation>
    </message>
    <message>
        <source>The office server at {where} could not prove who it is (its TLS certificate was not verified). Ask IT for the office&apos;s root certificate.</source>
        <translation>Ni allai gweinydd y swyddfa yn {where} brofi pwy ydyw (ni wiriwyd ei dystysgrif TLS). Gofynnwch i TG am dystysgrif wraidd y swyddfa.</translation>
    </message>
    <message>
        <source>There is no such database on the office server at {where}.</source>
        <translation>Does dim cronfa ddata o&apos;r fath ar weinydd y swyddfa yn {where}.</translation>
    </message>
    <message>
        <source>The office server at {where} does not allow this sign-in to do that.</source>
        <translation>Nid yw gweinydd y swyddfa yn {where} yn caniatáu i&apos;r mewngofnodi hwn wneud hynny.</translation>
    </message>
    <message>
        <source>The office server at {where} did not answer in time.</source>
        <translation>Ni atebodd gweinydd y swyddfa yn {where} mewn pryd.</translation>
    </message>
    <message>
        <source>MediaDesk cannot keep its keys safely on this computer: {reason}. You can use a passphrase-protected profile instead.</source>
        <translation>Ni all MediaDesk gadw ei allweddi&apos;n ddiogel ar y cyfrifiadur hwn: {reason}. Gallwch ddefnyddio proffil wedi&apos;i ddiogelu gan gyfrinymadrodd yn lle hynny.</translation>
    </message>
    <message>
        <source>The OS keyring could not be read ({__name__}). Unlock your keyring or sign in again, then retry.</source>
        <translation>Nid oedd modd darllen cylch allweddi&apos;r system ({__name__}). Datglowch eich cylch allweddi neu mewngofnodwch eto, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The OS keyring refused to store a key ({__name__}). Unlock your keyring, then retry.</source>
        <translation>Gwrthododd cylch allweddi&apos;r system gadw allwedd ({__name__}). Datglowch eich cylch allweddi, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The OS keyring could not remove an entry ({__name__}). Unlock your keyring, then retry.</source>
        <translation>Ni allai cylch allweddi&apos;r system dynnu cofnod ({__name__}). Datglowch eich cylch allweddi, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{path} could not be written: {exc}.</source>
        <translation>Nid oedd modd ysgrifennu {path}: {exc}.</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is not a value rule; write it as status:Open=in_progress (fields: {KINDS}).</source>
        <translation>Nid yw &apos;{spec}&apos; yn rheol gwerth; ysgrifennwch hi fel status:Open=in_progress (meysydd: {KINDS}).</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a {value}; use one of: {accepted}.</source>
        <translation>Nid yw &apos;{target}&apos; yn {value}; defnyddiwch un o: {accepted}.</translation>
    </message>
    <message>
        <source>Connect {value} account (Posts &gt; Accounts) to use this column.</source>
        <translation>Cysylltwch gyfrif {value} (Negeseuon &gt; Cyfrifon) i ddefnyddio&apos;r golofn hon.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gynnau</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} mun yn ôl</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} awr yn ôl</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} diwrnod yn ôl</translation>
    </message>
    <message>
        <source>showing items from {ago}</source>
        <translation>yn dangos eitemau o {ago}</translation>
    </message>
    <message>
        <source>Updated {ago}</source>
        <translation>Diweddarwyd {ago}</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Heb ei nôl eto</translation>
    </message>
    <message>
        <source>next in {n} min</source>
        <translation>nesaf mewn {n} mun</translation>
    </message>
    <message>
        <source>{first} · {then}</source>
        <translation>{first} · {then}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a plausible date (the year is {year}).</source>
        <translation>Nid yw &apos;{value}&apos; yn ddyddiad credadwy (y flwyddyn yw {year}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date ({exc}).</source>
        <translation>Nid yw &apos;{text}&apos; yn ddyddiad go iawn ({exc}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date in a form MediaDesk knows (e.g. 21/11/2026 14:30).</source>
        <translation>Nid yw &apos;{text}&apos; yn ddyddiad ar ffurf mae MediaDesk yn ei hadnabod (e.e. 21/11/2026 14:30).</translation>
    </message>
    <message>
        <source>&apos;{fmt}&apos; is not an export format; use csv or xlsx.</source>
        <translation>Nid yw &apos;{fmt}&apos; yn fformat allforio; defnyddiwch csv neu xlsx.</translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {exc}. Nothing was exported.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r allforiad i {path}: {exc}. Ni allforiwyd dim.</translation>
    </message>
    <message>
        <source>This laptop has used every {year} reference the office reserved for it: connect to the office network and sync to get more.</source>
        <translation>Mae&apos;r gliniadur hwn wedi defnyddio pob cyfeirnod {year} a gadwodd y swyddfa ar ei gyfer: cysylltwch â rhwydwaith y swyddfa a chysonwch i gael rhagor.</translation>
    </message>
    <message>
        <source>The profile database is damaged ({why}). MediaDesk will not save anything to it, so nothing more is lost. {where}</source>
        <translation>Mae cronfa ddata&apos;r proffil wedi&apos;i difrodi ({why}). Ni fydd MediaDesk yn cadw dim iddi, felly ni chollir dim mwy. {where}</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged too ({why}); ask IT for help.</source>
        <translation>Mae&apos;r copi wrth gefn {backup} wedi&apos;i ddifrodi hefyd ({why}); gofynnwch i TG am help.</translation>
    </message>
    <message>
        <source>The profile database is damaged ({why}), so it was not upgraded or backed up. Nothing was changed; restore a backup from the profile&apos;s backups folder, or ask IT.</source>
        <translation>Mae cronfa ddata&apos;r proffil wedi&apos;i difrodi ({why}), felly ni chafodd ei huwchraddio na&apos;i chadw wrth gefn. Ni newidiwyd dim; adferwch gopi wrth gefn o ffolder copïau wrth gefn y proffil, neu gofynnwch i TG.</translation>
    </message>
    <message>
        <source>This profile was written by a newer MediaDesk (schema {found}; this version knows {LATEST}). Install the newer version; the profile was not changed.</source>
        <translation>Ysgrifennwyd y proffil hwn gan MediaDesk mwy newydd (sgema {found}; mae&apos;r fersiwn hon yn adnabod {LATEST}). Gosodwch y fersiwn newydd; ni newidiwyd y proffil.</translation>
    </message>
    <message>
        <source>This message is larger than 25 MB; it was not read.</source>
        <translation>Mae&apos;r neges hon yn fwy na 25 MB; ni chafodd ei darllen.</translation>
    </message>
    <message>
        <source>This file is not an email message MediaDesk can read.</source>
        <translation>Nid yw&apos;r ffeil hon yn neges e-bost y gall MediaDesk ei darllen.</translation>
    </message>
    <message>
        <source>{name} is an Outlook .msg file, which MediaDesk cannot read yet: save the message as .eml (in the new Outlook or on the web: More actions, Download).</source>
        <translation>Ffeil Outlook .msg yw {name}, ac ni all MediaDesk ei darllen eto: cadwch y neges fel .eml (yn yr Outlook newydd neu ar y we: Rhagor o gamau, Llwytho i lawr).</translation>
    </message>
    <message>
        <source>{name} is not an email file (.eml).</source>
        <translation>Nid yw {name} yn ffeil e-bost (.eml).</translation>
    </message>
    <message>
        <source>{name} could not be read: {why}.</source>
        <translation>Nid oedd modd darllen {name}: {why}.</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} eiliad</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} mun</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} awr</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} diwrnod</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <source>Monitoring</source>
        <translation>Monitro</translation>
    </message>
    <message>
        <source>&amp;Add column</source>
        <translation>Ychwanegu c&amp;olofn</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <translation>&amp;Adnewyddu&apos;r cyfan</translation>
    </message>
    <message>
        <source>Export &amp;digest…</source>
        <translation>Allforio c&amp;rynodeb…</translation>
    </message>
    <message>
        <source>Starred items as HTML, PDF or CSV</source>
        <translation>Eitemau â seren fel HTML, PDF neu CSV</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Chwilio popeth</translation>
    </message>
    <message>
        <source>Search every column</source>
        <translation>Chwilio pob colofn</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <source>No columns yet. Add one with Add column: a GOV.UK news feed, any RSS or Atom feed, or a GOV.UK search.</source>
        <translation>Dim colofnau eto. Ychwanegwch un gydag Ychwanegu colofn: ffrwd newyddion GOV.UK, unrhyw ffrwd RSS neu Atom, neu chwiliad GOV.UK.</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Tynnu&apos;r golofn</translation>
    </message>
    <message>
        <source>Remove the column &apos;{title}&apos;? Starred items are kept.</source>
        <translation>Tynnu&apos;r golofn &apos;{title}&apos;? Caiff eitemau â seren eu cadw.</translation>
    </message>
    <message>
        <source>Removed {n} monitoring items older than {d} days.</source>
        <translation>Tynnwyd {n} eitem fonitro sy&apos;n hŷn na {d} diwrnod.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Yn gwirio…</translation>
    </message>
    <message>
        <source>{n} items match &apos;{text}&apos;</source>
        <translation>Mae {n} eitem yn cyfateb i &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>Export digest</source>
        <translation>Allforio crynodeb</translation>
    </message>
    <message>
        <source>Star the items to include first (right-click an item, then Star).</source>
        <translation>Rhowch seren i&apos;r eitemau i&apos;w cynnwys yn gyntaf (de-gliciwch ar eitem, yna Seren).</translation>
    </message>
    <message>
        <source>Export monitoring digest</source>
        <translation>Allforio crynodeb monitro</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation>Tudalen we (*.html);;PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Monitoring digest</source>
        <translation>Crynodeb monitro</translation>
    </message>
    <message>
        <source>Exported {n} starred items to {path}.</source>
        <translation>Allforiwyd {n} eitem â seren i {path}.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>The audit log has been tampered with:

{problems}</source>
        <translation>Mae rhywun wedi ymyrryd â&apos;r log archwilio:

{problems}</translation>
    </message>
    <message>
        <source>MediaDesk {v}
Enquiries for government press offices.
Profile: {p}</source>
        <translation>MediaDesk {v}
Ymholiadau ar gyfer swyddfeydd y wasg y llywodraeth.
Proffil: {p}</translation>
    </message>
</context>
<context>
    <name>OfficeJoining</name>
    <message>
        <source>&amp;Join your office…</source>
        <translation>&amp;Ymuno â&apos;ch swyddfa…</translation>
    </message>
    <message>
        <source>Welcome, {name}.</source>
        <translation>Croeso, {name}.</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <source>Office sync</source>
        <translation>Cysoni â&apos;r swyddfa</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Angen mewngofnodi</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>All-lein · %n newid yn aros</numerusform>
            <numerusform>All-lein · %n newid yn aros</numerusform>
            <numerusform>All-lein · %n newid yn aros</numerusform>
            <numerusform>All-lein · %n newid yn aros</numerusform>
            <numerusform>All-lein · %n newid yn aros</numerusform>
        </translation>
    </message>
    <message>
        <source>Online · not synced yet</source>
        <translation>Ar-lein · heb gysoni eto</translation>
    </message>
    <message>
        <source>Online · synced {ago} ago</source>
        <translation>Ar-lein · cysonwyd {ago} yn ôl</translation>
    </message>
    <message numerus="yes">
        <source> · %n need(s) attention</source>
        <translation>
            <numerusform> · %n angen sylw</numerusform>
            <numerusform> · %n angen sylw</numerusform>
            <numerusform> · %n angen sylw</numerusform>
            <numerusform> · %n angen sylw</numerusform>
            <numerusform> · %n angen sylw</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>MediaDesk profile passphrase</source>
        <translation>Cyfrinymadrodd proffil MediaDesk</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Ailadrodd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Ailadroddwch ef</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <source>Photo {n}</source>
        <translation>Llun {n}</translation>
    </message>
    <message>
        <source>No alt text yet</source>
        <translation>Dim testun amgen eto</translation>
    </message>
    <message>
        <source>{w} × {h} px, {kb:,} KB, metadata removed</source>
        <translation>{w} × {h} px, {kb:,} KB, metaddata wedi&apos;i dynnu</translation>
    </message>
    <message>
        <source>Alt text: describe the photo (required)</source>
        <translation>Testun amgen: disgrifiwch y llun (gofynnol)</translation>
    </message>
    <message>
        <source>Alt text for photo {n}</source>
        <translation>Testun amgen ar gyfer llun {n}</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Symud yn gynharach</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Symud yn hwyrach</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove photo {n}</source>
        <translation>Tynnu llun {n}</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>Ychwanegu &amp;lluniau…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ychwanegu lluniau</translation>
    </message>
    <message>
        <source>Or drop photos onto the post</source>
        <translation>Neu ollwng lluniau ar y neges</translation>
    </message>
    <message>
        <source>Preparing photos</source>
        <translation>Yn paratoi lluniau</translation>
    </message>
    <message>
        <source>Preparing photos: %v of %m</source>
        <translation>Yn paratoi lluniau: %v o %m</translation>
    </message>
    <message>
        <source>Up to 4 photos. Location, camera and owner details are removed.</source>
        <translation>Hyd at 4 llun. Caiff manylion lleoliad, camera a pherchennog eu tynnu.</translation>
    </message>
</context>
<context>
    <name>PostPreview</name>
    <message>
        <source>{p} preview</source>
        <translation>Rhagolwg {p}</translation>
    </message>
    <message>
        <source>{p} length</source>
        <translation>Hyd {p}</translation>
    </message>
    <message>
        <source>{p} post {n}</source>
        <translation>Neges {p} {n}</translation>
    </message>
    <message>
        <source>Photo {n} in the {p} preview</source>
        <translation>Llun {n} yn y rhagolwg {p}</translation>
    </message>
</context>
<context>
    <name>PublishButton</name>
    <message>
        <source>Pu&amp;blish to office…</source>
        <translation>Cyhoeddi i&apos;r s&amp;wyddfa…</translation>
    </message>
    <message>
        <source>Make these columns the office&apos;s: every officer gets them</source>
        <translation>Gwneud y colofnau hyn yn rhai&apos;r swyddfa: bydd pob swyddog yn eu cael</translation>
    </message>
    <message>
        <source>Only a clearer or an admin can publish the office&apos;s columns</source>
        <translation>Dim ond cymeradwywr neu weinyddwr all gyhoeddi colofnau&apos;r swyddfa</translation>
    </message>
    <message numerus="yes">
        <source>these %n column(s)</source>
        <translation>
            <numerusform>y %n colofn hyn</numerusform>
            <numerusform>y golofn hon</numerusform>
            <numerusform>y %n golofn hyn</numerusform>
            <numerusform>y %n cholofn hyn</numerusform>
            <numerusform>y %n colofn hyn</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish to office</source>
        <translation>Cyhoeddi i&apos;r swyddfa</translation>
    </message>
    <message>
        <source>Make {these} the office&apos;s columns? Every officer&apos;s MediaDesk shows them from its next sync, beside the officer&apos;s own columns.</source>
        <translation>Gwneud {these} yn golofnau&apos;r swyddfa? Bydd MediaDesk pob swyddog yn eu dangos o&apos;r cysoni nesaf, wrth ymyl colofnau&apos;r swyddog ei hun.</translation>
    </message>
    <message>
        <source>Published to the office: every officer gets them with the next sync.</source>
        <translation>Wedi&apos;u cyhoeddi i&apos;r swyddfa: bydd pob swyddog yn eu cael gyda&apos;r cysoni nesaf.</translation>
    </message>
    <message>
        <source>Published to the office: it has no columns now.</source>
        <translation>Wedi cyhoeddi i&apos;r swyddfa: does ganddi ddim colofnau nawr.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos y Manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio&apos;r Manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Peidio â Chadw</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Rhoi&apos;r Gorau Iddi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Sgrolio i&apos;r Chwith</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Sgrolio i&apos;r Dde</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo Lleoliad y &amp;Ddolen</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log an enquiry</source>
        <translation>Cofnodi ymholiad</translation>
    </message>
    <message>
        <source>Name (new names are added to the directory)</source>
        <translation>Enw (caiff enwau newydd eu hychwanegu at y cyfeiriadur)</translation>
    </message>
    <message>
        <source>Newspaper, broadcaster, site…</source>
        <translation>Papur newydd, darlledwr, gwefan…</translation>
    </message>
    <message>
        <source>What kind of outlet?</source>
        <translation>Pa fath o gyfrwng?</translation>
    </message>
    <message>
        <source>What it is about, in a few words</source>
        <translation>Beth yw&apos;r pwnc, mewn ychydig eiriau</translation>
    </message>
    <message>
        <source>The questions, as asked</source>
        <translation>Y cwestiynau, fel y&apos;u gofynnwyd</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. health, nhs</source>
        <translation>Wedi&apos;u gwahanu gan atalnodau, e.e. iechyd, gig</translation>
    </message>
    <message>
        <source>Restored what you were typing when MediaDesk closed.</source>
        <translation>Adferwyd yr hyn roeddech yn ei deipio pan gaeodd MediaDesk.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Sianel</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Newyddiadurwr</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Cyfrwng</translation>
    </message>
    <message>
        <source>Type of the new outlet</source>
        <translation>Math y cyfrwng newydd</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Terfyn amser</translation>
    </message>
    <message>
        <source>Custom deadline</source>
        <translation>Terfyn amser arall</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Derbyniwyd</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Sianel</translation>
    </message>
    <message>
        <source>&amp;Journalist</source>
        <translation>&amp;Newyddiadurwr</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>C&amp;yfrwng</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Pwnc</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>C&amp;westiynau</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Terfyn amser</translation>
    </message>
    <message>
        <source>Use this dead&amp;line</source>
        <translation>Defnyddio&apos;r terfyn &amp;hwn</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Blaenoriaeth</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Pe&amp;rchennog</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>T&amp;agiau</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Cadw (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save enquiry</source>
        <translation>Cadw&apos;r ymholiad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>The message asks for a reply “{words}”: {when}.</source>
        <translation>Mae&apos;r neges yn gofyn am ateb “{words}”: {when}.</translation>
    </message>
    <message>
        <source>{outlet} is new to the directory: say what kind of outlet it is.</source>
        <translation>Mae {outlet} yn newydd i&apos;r cyfeiriadur: dywedwch pa fath o gyfrwng ydyw.</translation>
    </message>
</context>
<context>
    <name>QuoteBar</name>
    <message>
        <source>Minister&apos;s quotes</source>
        <translation>Dyfyniadau&apos;r gweinidog</translation>
    </message>
    <message>
        <source>&amp;Insert quote</source>
        <translation>Mewn&amp;osod dyfyniad</translation>
    </message>
    <message>
        <source>&amp;Keep selection as a quote</source>
        <translation>Cadw&apos;r de&amp;tholiad fel dyfyniad</translation>
    </message>
    <message>
        <source>Select the minister&apos;s words in the text first.</source>
        <translation>Dewiswch eiriau&apos;r gweinidog yn y testun yn gyntaf.</translation>
    </message>
    <message>
        <source>Quote kept for this visit.</source>
        <translation>Dyfyniad wedi&apos;i gadw ar gyfer yr ymweliad hwn.</translation>
    </message>
</context>
<context>
    <name>RemindersBar</name>
    <message>
        <source>Reminders</source>
        <translation>Nodiadau atgoffa</translation>
    </message>
    <message>
        <source>Deadline reminders</source>
        <translation>Nodiadau atgoffa terfyn amser</translation>
    </message>
    <message>
        <source>&amp;Dismiss reminders</source>
        <translation>&amp;Diystyru nodiadau atgoffa</translation>
    </message>
    <message>
        <source>   ·   and {n} more</source>
        <translation>   ·   a {n} arall</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Enquiries report</source>
        <translation>Adroddiad ymholiadau</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Cyfnod yr adroddiad</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Diwrnod cyntaf</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Diwrnod olaf</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Enquiries per week</source>
        <translation>Ymholiadau bob wythnos</translation>
    </message>
    <message>
        <source>By outlet type</source>
        <translation>Yn ôl math o gyfrwng</translation>
    </message>
    <message>
        <source>By topic tag</source>
        <translation>Yn ôl tag pwnc</translation>
    </message>
    <message>
        <source>Answered within deadline</source>
        <translation>Atebwyd o fewn y terfyn amser</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PN&amp;G…</source>
        <translation>Cadw fel PN&amp;G…</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>C&amp;yfnod</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; enquiry(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ymholiad</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ymholiad</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ymholiad</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ymholiad</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ymholiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{share}&lt;/b&gt; of the %n due by now were answered within their deadline</source>
        <translation>
            <numerusform>atebwyd &lt;b&gt;{share}&lt;/b&gt; o&apos;r %n a oedd i fod erbyn hyn o fewn eu terfyn amser</numerusform>
            <numerusform>atebwyd &lt;b&gt;{share}&lt;/b&gt; o&apos;r %n a oedd i fod erbyn hyn o fewn eu terfyn amser</numerusform>
            <numerusform>atebwyd &lt;b&gt;{share}&lt;/b&gt; o&apos;r %n a oedd i fod erbyn hyn o fewn eu terfyn amser</numerusform>
            <numerusform>atebwyd &lt;b&gt;{share}&lt;/b&gt; o&apos;r %n a oedd i fod erbyn hyn o fewn eu terfyn amser</numerusform>
            <numerusform>atebwyd &lt;b&gt;{share}&lt;/b&gt; o&apos;r %n a oedd i fod erbyn hyn o fewn eu terfyn amser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n not yet due</source>
        <translation>
            <numerusform> · %n heb gyrraedd eu terfyn eto</numerusform>
            <numerusform> · %n heb gyrraedd eu terfyn eto</numerusform>
            <numerusform> · %n heb gyrraedd eu terfyn eto</numerusform>
            <numerusform> · %n heb gyrraedd eu terfyn eto</numerusform>
            <numerusform> · %n heb gyrraedd eu terfyn eto</numerusform>
        </translation>
    </message>
    <message>
        <source>Within</source>
        <translation>O fewn</translation>
    </message>
    <message>
        <source>Late or not answered</source>
        <translation>Yn hwyr neu heb ei ateb</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Heb gyrraedd y terfyn eto</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Cadw&apos;r adroddiad</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Adolygiad cadw</translation>
    </message>
    <message>
        <source>Enquiries received more than {m} months ago{managed}. Anonymising keeps dates, outlet and status for reports but removes names and wording.</source>
        <translation>Ymholiadau a dderbyniwyd fwy na {m} mis yn ôl{managed}. Mae dienwi&apos;n cadw dyddiadau, cyfrwng a statws ar gyfer adroddiadau ond yn tynnu enwau a geiriad.</translation>
    </message>
    <message>
        <source>Enquiries due for disposal</source>
        <translation>Ymholiadau sydd i&apos;w gwaredu</translation>
    </message>
    <message>
        <source>&amp;Anonymise selected</source>
        <translation>&amp;Dienwi&apos;r rhai a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>D&amp;ileu&apos;r rhai a ddewiswyd</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Dienwi</translation>
    </message>
    <message>
        <source>{verb} {n} enquiries? This cannot be undone.</source>
        <translation>{verb} {n} ymholiad? Does dim modd dadwneud hyn.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gwiriadau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checks before clearance</source>
        <translation>Gwiriadau cyn cymeradwyo</translation>
    </message>
    <message>
        <source>Publishing results</source>
        <translation>Canlyniadau cyhoeddi</translation>
    </message>
    <message>
        <source>Press Office</source>
        <translation>Swyddfa&apos;r Wasg</translation>
    </message>
    <message>
        <source>✔ No problems found.</source>
        <translation>✔ Dim problemau.</translation>
    </message>
    <message>
        <source>{p}{part}: waiting to publish</source>
        <translation>{p}{part}: yn aros i&apos;w gyhoeddi</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Publish at a time</source>
        <translation>Cyhoeddi ar amser penodol</translation>
    </message>
    <message>
        <source>Publishing time</source>
        <translation>Amser cyhoeddi</translation>
    </message>
    <message>
        <source>Publish &amp;at</source>
        <translation>Cyhoeddi &amp;am</translation>
    </message>
    <message>
        <source>It will not go before the embargo.</source>
        <translation>Ni fydd yn mynd cyn yr embargo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Months after which enquiries are offered for deletion or anonymisation.</source>
        <translation>Y misoedd ar ôl hynny y cynigir dileu neu ddienwi ymholiadau.</translation>
    </message>
    <message>
        <source>Minutes before a deadline that the first reminder is shown.</source>
        <translation>Y munudau cyn terfyn amser y dangosir y nodyn atgoffa cyntaf.</translation>
    </message>
    <message>
        <source>Whether enquiries may be exported to CSV or XLSX files.</source>
        <translation>A gaiff ymholiadau eu hallforio i ffeiliau CSV neu XLSX.</translation>
    </message>
    <message>
        <source>Whether a passphrase-protected profile may be used when no OS keyring is available.</source>
        <translation>A ellir defnyddio proffil wedi&apos;i ddiogelu gan gyfrinymadrodd pan nad oes cylch allweddi ar gael.</translation>
    </message>
    <message>
        <source>Minutes without use after which MediaDesk locks and hides its data (it also locks when the screen is locked or the computer sleeps).</source>
        <translation>Y munudau heb ei ddefnyddio ac yna mae MediaDesk yn cloi ac yn cuddio ei ddata (mae hefyd yn cloi pan fydd y sgrin wedi&apos;i chloi neu&apos;r cyfrifiadur yn cysgu).</translation>
    </message>
    <message>
        <source>The name recorded as owner and in the audit log (empty: your sign-in name).</source>
        <translation>Yr enw a gofnodir fel perchennog ac yn y log archwilio (gwag: eich enw mewngofnodi).</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation>Thema liw: y system, golau neu dywyll.</translation>
    </message>
    <message>
        <source>Interface language: system (Welsh when Windows is in Welsh), en-GB or cy (Welsh); it takes effect the next time MediaDesk starts.</source>
        <translation>Iaith y rhyngwyneb: y system (Cymraeg pan fydd Windows yn Gymraeg), en-GB neu cy (Cymraeg); daw i rym y tro nesaf y bydd MediaDesk yn dechrau.</translation>
    </message>
    <message>
        <source>Days that monitoring items are kept (starred items are kept until unstarred).</source>
        <translation>Y dyddiau y cedwir eitemau monitro (cedwir eitemau â seren nes tynnu&apos;r seren).</translation>
    </message>
    <message>
        <source>Election-period (pre-election) mode: a propriety banner on every visit post draft.</source>
        <translation>Modd cyfnod etholiad (cyn etholiad): baner priodoldeb ar bob drafft neges ymweliad.</translation>
    </message>
    <message>
        <source>Whether social media accounts may be connected for publishing from MediaDesk.</source>
        <translation>A ellir cysylltu cyfrifon cyfryngau cymdeithasol i gyhoeddi o MediaDesk.</translation>
    </message>
    <message>
        <source>Client ID of the organisation&apos;s X developer app (OAuth 2.0, public client).</source>
        <translation>ID cleient ap datblygwr X y sefydliad (OAuth 2.0, cleient cyhoeddus).</translation>
    </message>
    <message>
        <source>Loopback port of the X app&apos;s registered callback, http://127.0.0.1:PORT/callback.</source>
        <translation>Porth dolen-ôl galwad-yn-ôl gofrestredig yr ap X, http://127.0.0.1:PORT/callback.</translation>
    </message>
    <message>
        <source>The office server, as postgresql://HOST:PORT/DATABASE: when set, profiles may join only this server (empty: any the officer is given).</source>
        <translation>Gweinydd y swyddfa, fel postgresql://HOST:PORT/DATABASE: pan fydd wedi&apos;i osod, dim ond â&apos;r gweinydd hwn y gall proffiliau ymuno (gwag: unrhyw un a roddir i&apos;r swyddog).</translation>
    </message>
    <message>
        <source>Path of the root certificate that signed the office server&apos;s certificate, when it is not in the Windows trust store (empty: the trust store).</source>
        <translation>Llwybr y dystysgrif wraidd a lofnododd dystysgrif gweinydd y swyddfa, pan nad yw yn storfa ymddiriedaeth Windows (gwag: y storfa ymddiriedaeth).</translation>
    </message>
    <message>
        <source>Where the proxy comes from: system (Windows Internet settings or environment), pac (an auto-config script), fixed (one proxy) or direct.</source>
        <translation>O ble daw&apos;r dirprwy: y system (gosodiadau Rhyngrwyd Windows neu&apos;r amgylchedd), pac (sgript ffurfweddu awtomatig), sefydlog (un dirprwy) neu uniongyrchol.</translation>
    </message>
    <message>
        <source>Address of the proxy auto-config (PAC) script, used when the proxy mode is pac.</source>
        <translation>Cyfeiriad y sgript ffurfweddu dirprwy awtomatig (PAC), a ddefnyddir pan fo modd y dirprwy yn pac.</translation>
    </message>
    <message>
        <source>Proxy used for everything when the proxy mode is fixed, e.g. http://proxy:8080.</source>
        <translation>Y dirprwy a ddefnyddir ar gyfer popeth pan fo modd y dirprwy yn sefydlog, e.e. http://proxy:8080.</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Wedi&apos;i reoli gan eich sefydliad</translation>
    </message>
    <message>
        <source>Keep enquiries for (months)</source>
        <translation>Cadw ymholiadau am (misoedd)</translation>
    </message>
    <message>
        <source>Remind me before a deadline (minutes)</source>
        <translation>Fy atgoffa cyn terfyn amser (munudau)</translation>
    </message>
    <message>
        <source>Allow exporting enquiries</source>
        <translation>Caniatáu allforio ymholiadau</translation>
    </message>
    <message>
        <source>Allow passphrase profiles without a keyring</source>
        <translation>Caniatáu proffiliau cyfrinymadrodd heb gylch allweddi</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Cloi ar ôl hyn o funudau segur</translation>
    </message>
    <message>
        <source>Your name in MediaDesk</source>
        <translation>Eich enw yn MediaDesk</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Thema liw</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Election-period mode</source>
        <translation>Modd cyfnod etholiad</translation>
    </message>
    <message>
        <source>Allow connecting social media accounts</source>
        <translation>Caniatáu cysylltu cyfrifon cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <source>X app client ID</source>
        <translation>ID cleient yr ap X</translation>
    </message>
    <message>
        <source>X app callback port</source>
        <translation>Porth galwad-yn-ôl yr ap X</translation>
    </message>
    <message>
        <source>Keep monitoring items for (days)</source>
        <translation>Cadw eitemau monitro am (dyddiau)</translation>
    </message>
    <message>
        <source>Office server (set by IT)</source>
        <translation>Gweinydd y swyddfa (wedi&apos;i osod gan TG)</translation>
    </message>
    <message>
        <source>Office server&apos;s root certificate (set by IT)</source>
        <translation>Tystysgrif wraidd gweinydd y swyddfa (wedi&apos;i gosod gan TG)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Dirprwy</translation>
    </message>
    <message>
        <source>Proxy auto-config (PAC) address</source>
        <translation>Cyfeiriad ffurfweddu dirprwy awtomatig (PAC)</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Cyfeiriad y dirprwy</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Fel y system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English (Saesneg)</translation>
    </message>
    <message>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Auto-config script (PAC)</source>
        <translation>Sgript ffurfweddu awtomatig (PAC)</translation>
    </message>
    <message>
        <source>One proxy</source>
        <translation>Un dirprwy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Dim dirprwy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next tab</source>
        <translation>Y tab nesaf</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Y tab blaenorol</translation>
    </message>
    <message>
        <source>Log the enquiry (quick log)</source>
        <translation>Cofnodi&apos;r ymholiad (cofnod cyflym)</translation>
    </message>
    <message>
        <source>Leave the enquiry list (arrows move within it)</source>
        <translation>Gadael y rhestr ymholiadau (mae&apos;r saethau&apos;n symud o&apos;i mewn)</translation>
    </message>
    <message>
        <source>An item&apos;s menu (monitoring)</source>
        <translation>Dewislen eitem (monitro)</translation>
    </message>
    <message>
        <source>Open a monitoring item</source>
        <translation>Agor eitem fonitro</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Yn gwneud</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Ymweliad newydd</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Gweinidog</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Dyddiad yr ymweliad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Named in the location-sensitivity check</source>
        <translation>Wedi&apos;i enwi yn y gwiriad sensitifrwydd lleoliad</translation>
    </message>
    <message>
        <source>Programme notes</source>
        <translation>Nodiadau&apos;r rhaglen</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>Location sensitive until</source>
        <translation>Lleoliad yn sensitif tan</translation>
    </message>
    <message>
        <source>&amp;Minister</source>
        <translation>&amp;Gweinidog</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lle</translation>
    </message>
    <message>
        <source>Programme &amp;notes</source>
        <translation>&amp;Nodiadau&apos;r rhaglen</translation>
    </message>
    <message>
        <source>&amp;Embargo (nothing publishes before)</source>
        <translation>&amp;Embargo (dim yn cyhoeddi cyn hynny)</translation>
    </message>
    <message>
        <source>Location &amp;sensitive until</source>
        <translation>Lleoliad yn &amp;sensitif tan</translation>
    </message>
</context>
<context>
    <name>VisitPostsTab</name>
    <message>
        <source>Visit posts</source>
        <translation>Negeseuon ymweliadau</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Ymweliad newydd…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visits&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ymweliadau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <source>Ne&amp;w visit…</source>
        <translation>Ymweliad ne&amp;wydd…</translation>
    </message>
    <message>
        <source>E&amp;dit visit…</source>
        <translation>Golyg&amp;u&apos;r ymweliad…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Posts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Negeseuon&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Posts of this visit</source>
        <translation>Negeseuon yr ymweliad hwn</translation>
    </message>
    <message>
        <source>New &amp;post</source>
        <translation>Nege&amp;s newydd</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Blwch anfon</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Plan a visit&apos;s posts&lt;/h2&gt;&lt;p&gt;Start with the visit: the minister, the place, the embargo and until when the location is sensitive. Then write its posts, add photos and send them for clearance.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cynllunio negeseuon ymweliad&lt;/h2&gt;&lt;p&gt;Dechreuwch gyda&apos;r ymweliad: y gweinidog, y lle, yr embargo a than pryd mae&apos;r lleoliad yn sensitif. Yna ysgrifennwch ei negeseuon, ychwanegwch luniau a&apos;u hanfon i&apos;w cymeradwyo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No posts for this visit yet&lt;/h2&gt;&lt;p&gt;Write the first one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dim negeseuon ar gyfer yr ymweliad hwn eto&lt;/h2&gt;&lt;p&gt;Ysgrifennwch yr un cyntaf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Neges newydd</translation>
    </message>
    <message>
        <source>Responding to {who}: “{quoted}”</source>
        <translation>Yn ymateb i {who}: “{quoted}”</translation>
    </message>
    <message>
        <source>A draft response quoting the item is ready to edit.</source>
        <translation>Mae drafft ymateb sy&apos;n dyfynnu&apos;r eitem yn barod i&apos;w olygu.</translation>
    </message>
    <message>
        <source>A post can have at most 4 photos.</source>
        <translation>Gall neges gael 4 llun ar y mwyaf.</translation>
    </message>
    <message>
        <source>1 post waiting in the outbox</source>
        <translation>1 neges yn aros yn y blwch anfon</translation>
    </message>
    <message>
        <source>{n} posts waiting in the outbox</source>
        <translation>{n} neges yn aros yn y blwch anfon</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} wedi methu</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to MediaDesk</source>
        <translation>Croeso i MediaDesk</translation>
    </message>
    <message>
        <source>Your name is shown as the owner of what you log and on the audit trail. If your press office shares MediaDesk, join it instead: your name then comes from the office.</source>
        <translation>Caiff eich enw ei ddangos fel perchennog yr hyn rydych yn ei gofnodi ac ar y trywydd archwilio. Os yw swyddfa&apos;r wasg yn rhannu MediaDesk, ymunwch â hi yn lle hynny: daw eich enw o&apos;r swyddfa wedyn.</translation>
    </message>
    <message>
        <source>e.g. Alex Jones</source>
        <translation>e.e. Alex Jones</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Dechrau</translation>
    </message>
    <message>
        <source>&amp;Join my office…</source>
        <translation>&amp;Ymuno â&apos;m swyddfa…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Wedyn</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>Mae&apos;r log archwilio&apos;n gyfan: gwiriwyd %n cofnod.</numerusform>
            <numerusform>Mae&apos;r log archwilio&apos;n gyfan: gwiriwyd %n cofnod.</numerusform>
            <numerusform>Mae&apos;r log archwilio&apos;n gyfan: gwiriwyd %n cofnod.</numerusform>
            <numerusform>Mae&apos;r log archwilio&apos;n gyfan: gwiriwyd %n cofnod.</numerusform>
            <numerusform>Mae&apos;r log archwilio&apos;n gyfan: gwiriwyd %n cofnod.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n enquiry(s) to {path}.</source>
        <translation>
            <numerusform>Allforiwyd %n ymholiad i {path}.</numerusform>
            <numerusform>Allforiwyd %n ymholiad i {path}.</numerusform>
            <numerusform>Allforiwyd %n ymholiad i {path}.</numerusform>
            <numerusform>Allforiwyd %n ymholiad i {path}.</numerusform>
            <numerusform>Allforiwyd %n ymholiad i {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n enquiry(s)…</source>
        <translation>
            <numerusform>Yn allforio %n ymholiad…</numerusform>
            <numerusform>Yn allforio %n ymholiad…</numerusform>
            <numerusform>Yn allforio %n ymholiad…</numerusform>
            <numerusform>Yn allforio %n ymholiad…</numerusform>
            <numerusform>Yn allforio %n ymholiad…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the passphrase of the profile in {root}.</source>
        <translation>Rhowch gyfrinymadrodd y proffil yn {root}.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{why}

Choose a passphrase of at least 12 characters. You will need it each time MediaDesk starts; if it is lost, the data cannot be recovered.</source>
        <translation>{why}

Dewiswch gyfrinymadrodd o 12 nod o leiaf. Bydd ei angen arnoch bob tro y bydd MediaDesk yn dechrau; os caiff ei golli, ni ellir adfer y data.</translation>
    </message>
    <message>
        <source>MediaDesk is already running with the profile in {root}, but it did not answer. Close it (or end it in the Task Manager) and start MediaDesk again.</source>
        <translation>Mae MediaDesk eisoes yn rhedeg gyda&apos;r proffil yn {root}, ond ni atebodd. Caewch ef (neu ei derfynu yn y Rheolwr Tasgau) a dechrau MediaDesk eto.</translation>
    </message>
    <message>
        <source>New enquiry from email</source>
        <translation>Ymholiad newydd o e-bost</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Neges e-bost (*.eml)</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Reopen</source>
        <translation>Ailagor</translation>
    </message>
    <message>
        <source>Mark in progress</source>
        <translation>Marcio ar waith</translation>
    </message>
    <message>
        <source>Send for clearance</source>
        <translation>Anfon i&apos;w gymeradwyo</translation>
    </message>
    <message>
        <source>Clear for release…</source>
        <translation>Cymeradwyo i&apos;w ryddhau…</translation>
    </message>
    <message>
        <source>Mark responded</source>
        <translation>Marcio wedi&apos;i ateb</translation>
    </message>
    <message>
        <source>Close enquiry</source>
        <translation>Cau&apos;r ymholiad</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Gwrthod</translation>
    </message>
    <message>
        <source>No response given</source>
        <translation>Dim ymateb wedi&apos;i roi</translation>
    </message>
</context>
<context>
    <name>XForm</name>
    <message>
        <source>X client ID</source>
        <translation>ID cleient X</translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation>Mewngofnodi gyda&apos;r porwr…</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID cleient</translation>
    </message>
    <message>
        <source>Waiting for X in your browser…</source>
        <translation>Yn aros am X yn eich porwr…</translation>
    </message>
</context>
</TS>
