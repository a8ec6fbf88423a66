<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AccountForm</name>
    <message>
        <source>Managed by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting accounts is turned off. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>&amp;Submit for clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;clearance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of the outbo&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y for manual posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit to merge both, then Use this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle &amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on two laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office refused a change: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed {field} while you did. Choose what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{title}: no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlueskyForm</name>
    <message>
        <source>Bluesky server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one in Bluesky: Settings &gt; Privacy and security &gt; App passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearForReleaseDialog</name>
    <message>
        <source>Clear for release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These lines will be cleared for release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office records who cleared it: you, as signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear for release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Record clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cleared by SpAd by email 10:42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearanceSheet</name>
    <message>
        <source>Clearance sheet: visit post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location sensitive until: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {s}. Prepared by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} of {limit} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo {n}&lt;/b&gt; ({w} × {h}, metadata removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text: {alt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearance sheet could not be written to {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save clearance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance sheet saved: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be written to {p}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post&apos;s text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save photos and alt text to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text on the clipboard; {n} files saved in {f}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>e.g. 42 (from the list&apos;s address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1234567890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. department-for-education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads through the connected {p} account (Posts &gt; Accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only items with any of these, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words are regular expressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify me when an item mentions any of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me of every new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert on every item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnWidget</name>
    <message>
        <source>Column {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, rename or filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (muted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the office&apos;s columns: a clearer publishes changes to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log as enquiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Post composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election period: check every post against the propriety guidance. No new policy, no party political content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election period notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post as a &amp;thread where too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the main text on {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length on each platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SchoolMeals (added at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embargo {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location sensitive until {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, publishing {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos ({p})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong inside MediaDesk. Your saved work is safe. Copy the report and send it to IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The profile is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the backup and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is back in place; start MediaDesk again to use it. The damaged file was kept as {name} for IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineNotifier</name>
    <message>
        <source>Deadline now: {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline in {m} min: {ref}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en-GB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of journalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, outlet, email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like someone already in the directory:

{names}

Add a new entry anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnquiriesTab</name>
    <message>
        <source>Enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a new enquiry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved changes to {refs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enquiries match “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enquiries in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiry(s)</source>
        <translation>
            <numerusform>%Ln enquiry</numerusform>
            <numerusform>%Ln enquiries</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnquiryEditor</name>
    <message>
        <source>Enquiry details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines to give, for clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response given as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enquiry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an enquiry in the list, or press Ctrl+N to log one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · received {when} by {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared by {who} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cleared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged as {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed of under the retention policy ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} changed (removed under retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response changed after clearance, so it needs clearing again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Exporting enquiries is managed by your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search subject, questions, response, people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds words in subject, questions, response, journalist and outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>The user guide is not installed with this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>MediaDesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{when} · prepared by {who} · {n} open, {late} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalist / outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en-GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty handover: open enquiries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Duty handover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (first {n} rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} for “{word}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bad} rows need fixing before anything is imported ({good} are fine). Fix the file, the column choices or the values above; nothing is imported half-way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} enquiries are ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… (Cancel stops it and imports nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>unread, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starred, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}{title}. {source}, {when} ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the office server, your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined {office}: {report}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined to comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOV.UK search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (user@server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky account&apos;s posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X recent search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Locked after {n} without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password for {user} on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not prove who you are. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>MediaDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with &amp;Windows Hello</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;quiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import enquiries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New enquiry from e&amp;mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty &amp;handover sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory of journalists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tention review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp;attention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit lo&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish the outbox now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is {when}: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring alert: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MastodonForm</name>
    <message>
        <source>Mastodon server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the code the server shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon authorisation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or paste an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with &apos;Sign in with the browser&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuActions</name>
    <message>
        <source>Imported {n} enquiries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. The language changes the next time MediaDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase file could not be read: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is protected by a passphrase: pass --passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command {command}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import enquiries from one spreadsheet at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value map {map_file} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row} of {file} cannot be imported ({problem}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting enquiries is turned off by your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be written: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items are exported as CSV (--format csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a {__name__}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be at least {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be at most {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting is managed by your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enquiry that is {current} cannot be moved to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the enquiry a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is before the enquiry was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern &apos;{pattern}&apos; takes too long to match; simplify it in the column&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{pattern}&apos; is not a valid pattern: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern &apos;{pattern}&apos; can take too long to match; simplify it (nested repeats such as (a+)+ are the usual cause).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns are limited to {MAX_PATTERN} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; must be a list of words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{instance}&apos; is not a Mastodon server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Mastodon hashtag column needs a hashtag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kind} column needs: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the Mastodon account as user@server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GOV.UK search needs keywords or an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address did not return an RSS or Atom feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an office server address (postgresql://HOST:PORT/DATABASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an office server address: write it as postgresql://HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server address names no host: postgresql://HOST:PORT/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk talks to the office server only over verified TLS: use sslmode=verify-full instead of sslmode={mode}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; cannot be a user name: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter (at most 63).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a role: choose officer, clearer or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name is 1 to 100 printable characters, e.g. &quot;Alex Jones&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file&apos;s first line is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server at {where} has no MediaDesk schema yet: run &apos;mediadesk server init&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user called {value} on the office server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no officer called {value} on the office server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {path} cannot be read ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {path} is too large to hold a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {path} has no password on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change: --role, --display-name, --password-file, --disable or --enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting social accounts needs the OS keyring, and this profile is using a passphrase instead. Use Copy for manual posting, or ask IT to enable the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} accounts are connected through the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} accounts are connected with a password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a MediaDesk column set (format {LAYOUT_FORMAT}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column set has no list of columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column set has at most {MAX_COLUMNS} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {number}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {number} is incomplete or malformed ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column set is not valid JSON ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journalist needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clearer can clear a response: ask the head of news or a clearer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the response lines before they can be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry {enquiry_id} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enquiry needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the response was given (on the record, background, statement or declined to comment) before marking it responded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to restore; ask IT to restore the profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column of the office&apos;s set has no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two columns of the office&apos;s set share a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining an office needs the OS keyring to keep the office password, and this profile uses a passphrase instead. Ask IT to enable the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password in a file (--password-file), not in the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has already joined an office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy allows joining only its own office server: {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} is not an officer of this office: ask its admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has not joined an office: use &apos;mediadesk join&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed: the office password is not in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clearer or an admin can publish the office&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the minister making the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That post no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is &apos;{status}&apos; and cannot be edited. Take it out of the outbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is &apos;{status}&apos;; its photos are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post can have at most {MAX_PHOTOS} photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {names} account is connected, so MediaDesk cannot publish there: connect it under Posts &gt; Accounts, or use Copy for manual posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who cleared the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a cleared post can go in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embargo is {embargo:%d %B %H:%M}; choose a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile database {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile database {path} (or its folder) is read-only, so nothing you log could be saved. Move the profile to a folder you can write to, or ask IT to fix its permissions. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile database {path} could not be opened: the folder or file is not accessible. Check that the drive is connected and you have permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk could not open {path}: {path2}. The file has been left exactly as it is. Restore a backup from the backups folder, or ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile database {path} is read-only, so nothing you log could be saved. Move the profile to a folder you can write to, or ask IT to fix its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full{where}, so your last change was not saved. It is still on screen: free some space, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile{where} is read-only, so your last change was not saved. It is still on screen: ask IT to fix the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is busy in another window; your change was not saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change could not be saved{where}: {exc}. It is still on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile manifest {manifest} is damaged, so MediaDesk cannot tell where the profile&apos;s key is. Nothing was changed; ask IT to restore it from backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} has no manifest beside it, so MediaDesk cannot find its key. The file was left as it is. Restore profile.json from backup, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile database {database} is missing. MediaDesk will not start an empty profile in its place: restore it from backup, or choose another profile folder with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no MediaDesk profile in {root}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is protected by a passphrase; enter it to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile&apos;s key is kept in the OS keyring, but no secure keyring is available now. Sign in to your desktop session (or unlock the keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for this profile is missing from the OS keyring (entry &apos;{keyring_entry}&apos; of service &apos;MediaDesk&apos;). Without it the data cannot be read. The file was left untouched: restore the keyring entry, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key stored in the OS keyring for this profile is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure OS keyring is available to keep this profile&apos;s key. Choose a passphrase to protect the profile instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} Your organisation does not allow passphrase-protected profiles, so MediaDesk cannot start. Contact IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase of at least {MINIMUM_LENGTH} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sentence has more than {MAX_SENTENCE_WORDS} words; shorter sentences are easier to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If #{group} is more than one word, write it in CamelCase so screen readers read it as words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hashtags: use no more than {MAX_HASHTAGS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put hashtags at the end, not in the middle of a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} emoji: screen readers read each one out; use no more than {MAX_EMOJI}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same emoji is repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji used as a bullet point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one link: give each post one clear destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link shorteners hide where a link goes; use the full GOV.UK address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the link goes instead of &apos;click here&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in capitals is hard to read and is read out letter by letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of this post is in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the word instead of &apos;{group}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This names the place before {location_sensitive_until:%d %B %H:%M}, while the visit is location sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for {platform}: {used} of {limit} {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform}: {extra}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 photo needs alt text describing it for people who cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photos need alt text describing them for people who cannot see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publishing time is before the embargo ({embargo:%d %B %H:%M}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post that is &apos;{old}&apos; cannot become &apos;{new}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long to post to {platform} even as a thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alt text of photo {position} is too long for {platform} ({length} of {platform2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the photos do not show where the visit is: it is location sensitive until {sensitive:%d %B %H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no MediaDesk profile in {root}; check the --profile folder. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: HEIC photos cannot be read on this computer; export it as JPEG first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a photo MediaDesk can read (JPEG, PNG or WebP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read: {errorString}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is incomplete or damaged (perhaps not fully downloaded or copied); copy it again from the camera or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be encoded: {errorString}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be made small enough for {limits}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} could not be written: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy auto-config script is not valid: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy auto-config script at {pac_url} could not be fetched ({__name__}). Check the PAC address in policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} cannot be reached to look up @{user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account @{user} on {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} answered {status_code} looking up @{user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} sent an unexpected answer looking up @{user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk signs in only over a secure connection: use the server&apos;s https:// address instead of &apos;{url}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server at {where} refused that user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server at {where} did not accept your Windows sign-in (Kerberos): sign in to Windows again on the office network, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server at {where} no longer lets this officer sign in: ask the office&apos;s admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server at {where} could not prove who it is (its TLS certificate was not verified). Ask IT for the office&apos;s root certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such database on the office server at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server at {where} does not allow this sign-in to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server at {where} did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk cannot keep its keys safely on this computer: {reason}. You can use a passphrase-protected profile instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keyring could not be read ({__name__}). Unlock your keyring or sign in again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keyring refused to store a key ({__name__}). Unlock your keyring, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keyring could not remove an entry ({__name__}). Unlock your keyring, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is not a value rule; write it as status:Open=in_progress (fields: {KINDS}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a {value}; use one of: {accepted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect {value} account (Posts &gt; Accounts) to use this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing items from {ago}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {ago}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next in {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} · {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a plausible date (the year is {year}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date in a form MediaDesk knows (e.g. 21/11/2026 14:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{fmt}&apos; is not an export format; use csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {exc}. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop has used every {year} reference the office reserved for it: connect to the office network and sync to get more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile database is damaged ({why}). MediaDesk will not save anything to it, so nothing more is lost. {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {backup} is damaged too ({why}); ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile database is damaged ({why}), so it was not upgraded or backed up. Nothing was changed; restore a backup from the profile&apos;s backups folder, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was written by a newer MediaDesk (schema {found}; this version knows {LATEST}). Install the newer version; the profile was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is larger than 25 MB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an email message MediaDesk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an Outlook .msg file, which MediaDesk cannot read yet: save the message as .eml (in the new Outlook or on the web: More actions, Download).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an email file (.eml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;digest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred items as HTML, PDF or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No columns yet. Add one with Add column: a GOV.UK news feed, any RSS or Atom feed, or a GOV.UK search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the column &apos;{title}&apos;? Starred items are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {n} monitoring items older than {d} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items match &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star the items to include first (right-click an item, then Star).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export monitoring digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} starred items to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>The audit log has been tampered with:

{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk {v}
Enquiries for government press offices.
Profile: {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeJoining</name>
    <message>
        <source>&amp;Join your office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <source>Office sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Offline · %n change waiting</numerusform>
            <numerusform>Offline · %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Online · not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · synced {ago} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n need(s) attention</source>
        <translation>
            <numerusform> · %n needs attention</numerusform>
            <numerusform> · %n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>MediaDesk profile passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <source>Photo {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alt text yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} × {h} px, {kb:,} KB, metadata removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text: describe the photo (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text for photo {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop photos onto the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing photos: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 4 photos. Location, camera and owner details are removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostPreview</name>
    <message>
        <source>{p} preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} post {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {n} in the {p} preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishButton</name>
    <message>
        <source>Pu&amp;blish to office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make these columns the office&apos;s: every officer gets them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clearer or an admin can publish the office&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>these %n column(s)</source>
        <translation>
            <numerusform>this column</numerusform>
            <numerusform>these %n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish to office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {these} the office&apos;s columns? Every officer&apos;s MediaDesk shows them from its next sync, beside the officer&apos;s own columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published to the office: every officer gets them with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published to the office: it has no columns now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log an enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (new names are added to the directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newspaper, broadcaster, site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of outlet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions, as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. health, nhs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored what you were typing when MediaDesk closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the new outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this dead&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message asks for a reply “{words}”: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outlet} is new to the directory: say what kind of outlet it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteBar</name>
    <message>
        <source>Minister&apos;s quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep selection as a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the minister&apos;s words in the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote kept for this visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersBar</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Enquiries report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiries per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By outlet type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By topic tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PN&amp;G…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; enquiry(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; enquiry</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; enquiries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{share}&lt;/b&gt; of the %n due by now were answered within their deadline</source>
        <translation>
            <numerusform>&lt;b&gt;{share}&lt;/b&gt; of the %n due by now were answered within their deadline</numerusform>
            <numerusform>&lt;b&gt;{share}&lt;/b&gt; of the %n due by now were answered within their deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n not yet due</source>
        <translation>
            <numerusform> · %n not yet due</numerusform>
            <numerusform> · %n not yet due</numerusform>
        </translation>
    </message>
    <message>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late or not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiries received more than {m} months ago{managed}. Anonymising keeps dates, outlet and status for reports but removes names and wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiries due for disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} {n} enquiries? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks before clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p}{part}: waiting to publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Publish at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will not go before the embargo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Months after which enquiries are offered for deletion or anonymisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before a deadline that the first reminder is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether enquiries may be exported to CSV or XLSX files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a passphrase-protected profile may be used when no OS keyring is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without use after which MediaDesk locks and hides its data (it also locks when the screen is locked or the computer sleeps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recorded as owner and in the audit log (empty: your sign-in name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: system (Welsh when Windows is in Welsh), en-GB or cy (Welsh); it takes effect the next time MediaDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days that monitoring items are kept (starred items are kept until unstarred).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election-period (pre-election) mode: a propriety banner on every visit post draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether social media accounts may be connected for publishing from MediaDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID of the organisation&apos;s X developer app (OAuth 2.0, public client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback port of the X app&apos;s registered callback, http://127.0.0.1:PORT/callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server, as postgresql://HOST:PORT/DATABASE: when set, profiles may join only this server (empty: any the officer is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the root certificate that signed the office server&apos;s certificate, when it is not in the Windows trust store (empty: the trust store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the proxy comes from: system (Windows Internet settings or environment), pac (an auto-config script), fixed (one proxy) or direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the proxy auto-config (PAC) script, used when the proxy mode is pac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy used for everything when the proxy mode is fixed, e.g. http://proxy:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep enquiries for (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me before a deadline (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow exporting enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow passphrase profiles without a keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name in MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election-period mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow connecting social media accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X app client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X app callback port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep monitoring items for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server (set by IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server&apos;s root certificate (set by IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy auto-config (PAC) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cymraeg (Welsh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-config script (PAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the enquiry (quick log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the enquiry list (arrows move within it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item&apos;s menu (monitoring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a monitoring item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in the location-sensitivity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location sensitive until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embargo (nothing publishes before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location &amp;sensitive until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPostsTab</name>
    <message>
        <source>Visit posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Visits&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Posts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts of this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Plan a visit&apos;s posts&lt;/h2&gt;&lt;p&gt;Start with the visit: the minister, the place, the embargo and until when the location is sensitive. Then write its posts, add photos and send them for clearance.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No posts for this visit yet&lt;/h2&gt;&lt;p&gt;Write the first one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responding to {who}: “{quoted}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft response quoting the item is ready to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post can have at most 4 photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 post waiting in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} posts waiting in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is shown as the owner of what you log and on the audit trail. If your press office shares MediaDesk, join it instead: your name then comes from the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Alex Jones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join my office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry checked.</numerusform>
            <numerusform>The audit log is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n enquiry(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n enquiry to {path}.</numerusform>
            <numerusform>Exported %n enquiries to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n enquiry(s)…</source>
        <translation>
            <numerusform>Exporting %n enquiry…</numerusform>
            <numerusform>Exporting %n enquiries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the passphrase of the profile in {root}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}

Choose a passphrase of at least 12 characters. You will need it each time MediaDesk starts; if it is lost, the data cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk is already running with the profile in {root}, but it did not answer. Close it (or end it in the Task Manager) and start MediaDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New enquiry from email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear for release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XForm</name>
    <message>
        <source>X client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for X in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
