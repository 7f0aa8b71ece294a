<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>tessera::Application</name>
    <message>
        <source>Show the user interface in &lt;language&gt; (for example &quot;de&quot; or &quot;pl&quot;) instead of the system language.</source>
        <translation>Wyświetla interfejs w języku &lt;język&gt; (na przykład „de” lub „pl”) zamiast w języku systemu.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <source>Tessera: data products, data contracts and lineage.</source>
        <translation>Tessera: produkty danych, kontrakty danych i pochodzenie danych.</translation>
    </message>
    <message>
        <source>contract-or-link</source>
        <translation>kontrakt-lub-link</translation>
    </message>
    <message>
        <source>An ODCS contract file to check and show in the Problems panel, or a tessera:// link to open (tessera://product/ID, tessera://contract/ID, tessera://dataset/ID).</source>
        <translation>Plik kontraktu ODCS do sprawdzenia i pokazania w panelu „Problemy” albo link tessera:// do otwarcia (tessera://product/ID, tessera://contract/ID, tessera://dataset/ID).</translation>
    </message>
</context>
<context>
    <name>tessera::ArrayTable</name>
    <message>
        <source>Items</source>
        <translation>Elementy</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Przenieś w górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Przenieś w dół</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Pusty element</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edycja pola %1</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Przenieś</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Powiel</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::BackstageAdapter</name>
    <message>
        <source>Reading the catalog</source>
        <translation>Odczyt katalogu</translation>
    </message>
    <message>
        <source>%1 does not answer like a Backstage catalog.</source>
        <translation>%1 nie odpowiada jak katalog Backstage.</translation>
    </message>
    <message>
        <source>Backstage catalog reached.</source>
        <translation>Połączono z katalogiem Backstage.</translation>
    </message>
    <message>
        <source>Fetching changed entities</source>
        <translation>Pobieranie zmienionych encji</translation>
    </message>
    <message>
        <source>Listing entities</source>
        <translation>Pobieranie listy encji</translation>
    </message>
    <message>
        <source>The catalog kept sending pages (%1); the listing was stopped.</source>
        <translation>Katalog wciąż wysyłał kolejne strony (%1); pobieranie listy przerwano.</translation>
    </message>
    <message>
        <source>Listing page %1</source>
        <translation>Pobieranie listy, strona %1</translation>
    </message>
    <message>
        <source>Listing page %1: the answer has no list of entities.</source>
        <translation>Pobieranie listy, strona %1: odpowiedź nie zawiera listy encji.</translation>
    </message>
    <message>
        <source>An entity without kind or name was left out.</source>
        <translation>Pominięto encję bez rodzaju lub nazwy.</translation>
    </message>
    <message>
        <source>The catalog sent the same page cursor twice; the listing was stopped.</source>
        <translation>Katalog dwukrotnie wysłał ten sam kursor strony; pobieranie listy przerwano.</translation>
    </message>
    <message>
        <source>Fetching entities: %1</source>
        <translation>Pobieranie encji: %1</translation>
    </message>
    <message>
        <source>Fetching entities: the answer has no list of entities.</source>
        <translation>Pobieranie encji: odpowiedź nie zawiera listy encji.</translation>
    </message>
    <message>
        <source>%1 came twice; the first was kept.</source>
        <translation>Dwukrotnie otrzymano %1; zachowano pierwsze wystąpienie.</translation>
    </message>
    <message numerus="yes">
        <source>Backstage catalog with %n entity(s).</source>
        <translation>
            <numerusform>Katalog Backstage z %n encją.</numerusform>
            <numerusform>Katalog Backstage z %n encjami.</numerusform>
            <numerusform>Katalog Backstage z %n encjami.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::BreakingRules</name>
    <message>
        <source>Schema object</source>
        <translation>Obiekt schematu</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Właściwość</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was removed</source>
        <translation>%1 „%2”: usunięto</translation>
    </message>
    <message>
        <source>Required property &quot;%1&quot; was added; existing data lacks it</source>
        <translation>Dodano wymaganą właściwość „%1”; istniejące dane jej nie mają</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was added</source>
        <translation>%1 „%2”: dodano</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; changed</source>
        <translation>%1 „%2”: zmieniono</translation>
    </message>
    <message>
        <source>&quot;%1&quot; became %2</source>
        <translation>„%1” ma teraz ustawione %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer %2</source>
        <translation>„%1” nie ma już ustawionego %2</translation>
    </message>
    <message>
        <source>%1 unchanged in effect</source>
        <translation>%1: bez zmian w działaniu</translation>
    </message>
    <message>
        <source>Type of &quot;%1&quot; changed from %2 to %3</source>
        <translation>Typ „%1” zmieniono z %2 na %3</translation>
    </message>
    <message>
        <source>Type of &quot;%1&quot; is now stated</source>
        <translation>Typ „%1” jest teraz podany</translation>
    </message>
    <message>
        <source>Primary key of &quot;%1&quot; changed</source>
        <translation>Zmieniono klucz główny „%1”</translation>
    </message>
    <message>
        <source>Classification of &quot;%1&quot; changed from %2 to %3</source>
        <translation>Klasyfikację „%1” zmieniono z %2 na %3</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; changed: %2</source>
        <translation>Zmieniono serwer „%1”: %2</translation>
    </message>
    <message>
        <source>Documentation changed: %1</source>
        <translation>Zmieniono dokumentację: %1</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1: usunięto</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1: dodano</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1: zmieniono</translation>
    </message>
    <message>
        <source>%1 tightened from %2 to %3</source>
        <translation>%1: zaostrzono z %2 na %3</translation>
    </message>
    <message>
        <source>%1 loosened from %2 to %3</source>
        <translation>%1: złagodzono z %2 na %3</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1: zmieniono z %2 na %3</translation>
    </message>
    <message>
        <source>%1 now restricts values to %2</source>
        <translation>%1 ogranicza teraz wartości do %2</translation>
    </message>
    <message>
        <source>%1 no longer restricts values</source>
        <translation>%1 nie ogranicza już wartości</translation>
    </message>
    <message>
        <source>%1 lost the values %2</source>
        <translation>%1: usunięto wartości %2</translation>
    </message>
    <message>
        <source>%1 gained the values %2</source>
        <translation>%1: dodano wartości %2</translation>
    </message>
    <message>
        <source>Quality rule &quot;%1&quot; was added</source>
        <translation>Dodano regułę jakości „%1”</translation>
    </message>
    <message>
        <source>Quality rule &quot;%1&quot; was removed</source>
        <translation>Usunięto regułę jakości „%1”</translation>
    </message>
    <message>
        <source>Quality rule &quot;%1&quot; changed</source>
        <translation>Zmieniono regułę jakości „%1”</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; was added</source>
        <translation>Dodano SLA „%1”</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; was removed</source>
        <translation>Usunięto SLA „%1”</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; is written differently, same value</source>
        <translation>SLA „%1” zapisano inaczej, wartość bez zmian</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; tightened: %2 → %3</source>
        <translation>Zaostrzono SLA „%1”: %2 → %3</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; loosened: %2 → %3</source>
        <translation>Złagodzono SLA „%1”: %2 → %3</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; changed: %2 → %3</source>
        <translation>Zmieniono SLA „%1”: %2 → %3</translation>
    </message>
    <message>
        <source>A schema object was removed</source>
        <translation>Usunięto obiekt schematu</translation>
    </message>
    <message>
        <source>A property was removed</source>
        <translation>Usunięto właściwość</translation>
    </message>
    <message>
        <source>A server was removed</source>
        <translation>Usunięto serwer</translation>
    </message>
    <message>
        <source>A required property was added</source>
        <translation>Dodano wymaganą właściwość</translation>
    </message>
    <message>
        <source>A property became required</source>
        <translation>Właściwość stała się wymagana</translation>
    </message>
    <message>
        <source>A property became unique</source>
        <translation>Właściwość stała się unikalna</translation>
    </message>
    <message>
        <source>A logical or physical type changed</source>
        <translation>Zmieniono typ logiczny lub fizyczny</translation>
    </message>
    <message>
        <source>A numeric or length bound was added or tightened</source>
        <translation>Dodano lub zaostrzono ograniczenie liczbowe lub długości</translation>
    </message>
    <message>
        <source>An allowed value (enum, validValues) was removed</source>
        <translation>Usunięto dozwoloną wartość (enum, validValues)</translation>
    </message>
    <message>
        <source>A list of allowed values was introduced</source>
        <translation>Wprowadzono listę dozwolonych wartości</translation>
    </message>
    <message>
        <source>A quality threshold was tightened</source>
        <translation>Zaostrzono próg jakości</translation>
    </message>
    <message>
        <source>An SLA was tightened</source>
        <translation>Zaostrzono SLA</translation>
    </message>
    <message>
        <source>A quality rule was added</source>
        <translation>Dodano regułę jakości</translation>
    </message>
    <message>
        <source>A quality rule was removed</source>
        <translation>Usunięto regułę jakości</translation>
    </message>
    <message>
        <source>A quality rule changed otherwise</source>
        <translation>Reguła jakości zmieniła się w inny sposób</translation>
    </message>
    <message>
        <source>An SLA was added</source>
        <translation>Dodano SLA</translation>
    </message>
    <message>
        <source>An SLA was removed</source>
        <translation>Usunięto SLA</translation>
    </message>
    <message>
        <source>An SLA changed in a way that cannot be compared</source>
        <translation>SLA zmieniono w sposób, którego nie da się porównać</translation>
    </message>
    <message>
        <source>An allowed value was added</source>
        <translation>Dodano dozwoloną wartość</translation>
    </message>
    <message>
        <source>A pattern or format changed</source>
        <translation>Zmieniono wzorzec lub format</translation>
    </message>
    <message>
        <source>Another logical type option changed</source>
        <translation>Zmieniono inną opcję typu logicznego</translation>
    </message>
    <message>
        <source>The primary key changed</source>
        <translation>Zmieniono klucz główny</translation>
    </message>
    <message>
        <source>A classification changed</source>
        <translation>Zmieniono klasyfikację</translation>
    </message>
    <message>
        <source>A server&apos;s connection details changed</source>
        <translation>Zmieniono dane połączenia serwera</translation>
    </message>
    <message>
        <source>Something else was removed</source>
        <translation>Usunięto coś innego</translation>
    </message>
    <message>
        <source>A schema object was added</source>
        <translation>Dodano obiekt schematu</translation>
    </message>
    <message>
        <source>An optional property was added</source>
        <translation>Dodano opcjonalną właściwość</translation>
    </message>
    <message>
        <source>A server was added</source>
        <translation>Dodano serwer</translation>
    </message>
    <message>
        <source>A property is no longer required</source>
        <translation>Właściwość nie jest już wymagana</translation>
    </message>
    <message>
        <source>A property is no longer unique</source>
        <translation>Właściwość nie jest już unikalna</translation>
    </message>
    <message>
        <source>A bound was loosened or removed</source>
        <translation>Złagodzono lub usunięto ograniczenie</translation>
    </message>
    <message>
        <source>A list of allowed values was removed</source>
        <translation>Usunięto listę dozwolonych wartości</translation>
    </message>
    <message>
        <source>A quality threshold was loosened</source>
        <translation>Złagodzono próg jakości</translation>
    </message>
    <message>
        <source>An SLA was loosened</source>
        <translation>Złagodzono SLA</translation>
    </message>
    <message>
        <source>A type was stated where there was none</source>
        <translation>Podano typ tam, gdzie wcześniej go nie było</translation>
    </message>
    <message>
        <source>Descriptions, tags and other documentation</source>
        <translation>Opisy, tagi i inna dokumentacja</translation>
    </message>
    <message>
        <source>Something else was added</source>
        <translation>Dodano coś innego</translation>
    </message>
    <message>
        <source>Something else changed</source>
        <translation>Zmieniło się coś innego</translation>
    </message>
</context>
<context>
    <name>tessera::CatalogAdapter</name>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This kind of source does not accept contracts.</source>
        <translation>Ten rodzaj źródła nie przyjmuje kontraktów.</translation>
    </message>
    <message>
        <source>Backstage catalog</source>
        <translation>Katalog Backstage</translation>
    </message>
    <message>
        <source>OpenMetadata</source>
        <translation>OpenMetadata</translation>
    </message>
    <message>
        <source>Marquez</source>
        <translation>Marquez</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Folder lokalny</translation>
    </message>
    <message>
        <source>This kind of source does not take review decisions.</source>
        <translation>Ten rodzaj źródła nie przyjmuje decyzji z przeglądu.</translation>
    </message>
</context>
<context>
    <name>tessera::CompareDialog</name>
    <message>
        <source>No changes.</source>
        <translation>Brak zmian.</translation>
    </message>
    <message numerus="yes">
        <source>%n breaking change(s)</source>
        <translation>
            <numerusform>%n zmiana niezgodna wstecz</numerusform>
            <numerusform>%n zmiany niezgodne wstecz</numerusform>
            <numerusform>%n zmian niezgodnych wstecz</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaking changes</source>
        <translation>Brak zmian niezgodnych wstecz</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in all</source>
        <translation>
            <numerusform>%n zmiana łącznie</numerusform>
            <numerusform>%n zmiany łącznie</numerusform>
            <numerusform>%n zmian łącznie</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1 needed (%2 declared)</source>
        <translation>potrzebna wersja %1 (zadeklarowano %2)</translation>
    </message>
    <message>
        <source>version %1 or later fits</source>
        <translation>pasuje wersja %1 lub nowsza</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Porównaj z %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Było</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jest</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>breaking</source>
        <translation>niezgodna</translation>
    </message>
    <message>
        <source>review</source>
        <translation>do przejrzenia</translation>
    </message>
    <message>
        <source>harmless</source>
        <translation>nieszkodliwa</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Obie wersje są takie same.</translation>
    </message>
</context>
<context>
    <name>tessera::ConflictDialog</name>
    <message>
        <source>Conflict: %1 on %2</source>
        <translation>Konflikt: %1 w %2</translation>
    </message>
    <message>
        <source>Your published version of %1 was not sent: %2 has a newer version. Both are kept — your change waits in the outbox and their version is saved as a draft version. Lines that differ from Base are highlighted.</source>
        <translation>Opublikowana wersja %1 nie została wysłana: %2 ma nowszą wersję. Obie zostają zachowane — zmiana czeka w skrzynce nadawczej, a ich wersja jest zapisana jako wersja szkicu. Wiersze różniące się od wersji bazowej są wyróżnione.</translation>
    </message>
    <message>
        <source>%1 did not send its version.</source>
        <translation>Źródło %1 nie wysłało swojej wersji.</translation>
    </message>
    <message>
        <source>Theirs → mine: %1</source>
        <translation>Ich → moja: %1</translation>
    </message>
    <message>
        <source>The versions cannot be compared: one of them is not a contract.</source>
        <translation>Nie można porównać wersji: jedna z nich nie jest kontraktem.</translation>
    </message>
    <message>
        <source>Base — the catalog&apos;s synced version</source>
        <translation>Bazowa — zsynchronizowana wersja z katalogu</translation>
    </message>
    <message>
        <source>Mine — what you published</source>
        <translation>Moja — opublikowana wersja</translation>
    </message>
    <message>
        <source>Theirs — %1&apos;s version</source>
        <translation>Ich — wersja z %1</translation>
    </message>
    <message>
        <source>The catalog has no synced version of this contract.</source>
        <translation>Katalog nie ma zsynchronizowanej wersji tego kontraktu.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(pusto)</translation>
    </message>
    <message>
        <source>from Theirs</source>
        <translation>od ich wersji</translation>
    </message>
    <message>
        <source>from Base</source>
        <translation>od wersji bazowej</translation>
    </message>
    <message>
        <source>nothing synced yet</source>
        <translation>jeszcze nic nie zsynchronizowano</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed since</source>
        <translation>
            <numerusform>Od tamtej pory zmieniono %n wiersz</numerusform>
            <numerusform>Od tamtej pory zmieniono %n wiersze</numerusform>
            <numerusform>Od tamtej pory zmieniono %n wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ</source>
        <translation>
            <numerusform>%n wiersz różni się</numerusform>
            <numerusform>%n wiersze różnią się</numerusform>
            <numerusform>%n wierszy różni się</numerusform>
        </translation>
    </message>
    <message>
        <source>from Mine</source>
        <translation>od mojej wersji</translation>
    </message>
    <message>
        <source>Open mine in the designer</source>
        <translation>Otwórz moją wersję w edytorze</translation>
    </message>
</context>
<context>
    <name>tessera::ConnectionForm</name>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>Zaufany &amp;certyfikat:</translation>
    </message>
    <message>
        <source>Trust this certificate for this connection only</source>
        <translation>Ufaj temu certyfikatowi tylko dla tego połączenia</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Edytuj połączenie</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Dodaj połączenie</translation>
    </message>
    <message>
        <source>For example: Backstage (production)</source>
        <translation>Na przykład: Backstage (produkcja)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Pozostaw puste, aby zachować zapisany token</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcjonalnie</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the catalog or the settings. Leave it empty to keep the stored one.</source>
        <translation>Przechowywany w systemowym pęku kluczy, nigdy w katalogu ani w ustawieniach. Pozostaw puste, aby zachować zapisany token.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Odcisk SHA-256</translation>
    </message>
    <message>
        <source>Only this one certificate is accepted for this connection, and only while its fingerprint matches. Check it with the catalog&apos;s administrator.</source>
        <translation>Dla tego połączenia akceptowany jest tylko ten jeden certyfikat i tylko dopóki zgadza się jego odcisk. Sprawdź go u administratora katalogu.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Trusted for this connection once you save. Test again to check it.</source>
        <translation>Po zapisaniu certyfikat będzie zaufany dla tego połączenia. Przetestuj ponownie, aby to sprawdzić.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>A folder of contracts, products and lineage</source>
        <translation>Folder z kontraktami, produktami i pochodzeniem danych</translation>
    </message>
    <message>
        <source>https://catalog.example.com</source>
        <translation>https://catalog.example.com</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Wybierz folder</translation>
    </message>
    <message>
        <source>Choose the folder of this connection.</source>
        <translation>Wybierz folder tego połączenia.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 nie jest folderem.</translation>
    </message>
    <message>
        <source>The URL must be an http or https address with a host, such as https://catalog.example.com.</source>
        <translation>Adres URL musi być adresem http lub https z nazwą hosta, np. https://catalog.example.com.</translation>
    </message>
    <message>
        <source>The URL must not hold a user name or password: put the token in the Token field.</source>
        <translation>Adres URL nie może zawierać nazwy użytkownika ani hasła: wpisz token w polu „Token”.</translation>
    </message>
    <message>
        <source>The trusted certificate must be a SHA-256 fingerprint: 64 hexadecimal digits.</source>
        <translation>Zaufany certyfikat musi być odciskiem SHA-256: 64 cyfry szesnastkowe.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Nadaj połączeniu nazwę.</translation>
    </message>
    <message>
        <source>There is already a connection called &quot;%1&quot;.</source>
        <translation>Połączenie o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <source>%1 is there.</source>
        <translation>%1 istnieje.</translation>
    </message>
    <message>
        <source>Connections cannot be tested here.</source>
        <translation>Tutaj nie można testować połączeń.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Połączono: %1</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>Nie udało się zapisać połączenia.</translation>
    </message>
</context>
<context>
    <name>tessera::ConnectionsDialog</name>
    <message>
        <source>Local folder</source>
        <translation>Folder lokalny</translation>
    </message>
    <message>
        <source>built into Tessera</source>
        <translation>wbudowany w Tesserę</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testuj</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ostatnia synchronizacja</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>No connections yet — add a Backstage, OpenMetadata or Marquez endpoint, or a folder.</source>
        <translation>Jeszcze brak połączeń — dodaj punkt końcowy Backstage, OpenMetadata lub Marquez albo folder.</translation>
    </message>
    <message>
        <source>Add a connection…</source>
        <translation>Dodaj połączenie…</translation>
    </message>
    <message>
        <source>Add a catalog endpoint or a local folder</source>
        <translation>Dodaj punkt końcowy katalogu lub folder lokalny</translation>
    </message>
    <message>
        <source>Check that the endpoint answers and accepts the stored token</source>
        <translation>Sprawdź, czy punkt końcowy odpowiada i akceptuje zapisany token</translation>
    </message>
    <message>
        <source>Tessera keeps a copy of each connection&apos;s catalog, so it stays browsable offline. Endpoints are synced every few minutes and with Sync now (F5).</source>
        <translation>Tessera przechowuje kopię katalogu każdego połączenia, więc można go przeglądać także offline. Punkty końcowe są synchronizowane co kilka minut oraz poleceniem „Synchronizuj teraz” (F5).</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Połączono: %1</translation>
    </message>
    <message>
        <source>Edit the connection to trust this certificate.</source>
        <translation>Edytuj połączenie, aby zaufać temu certyfikatowi.</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchronizowanie…</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>obserwowany</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>nie znaleziono folderu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Offline — cached data stays browsable. %1</source>
        <translation>Offline — dane z pamięci podręcznej można nadal przeglądać. %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Jeszcze nie zsynchronizowano</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Dodano %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>Syncing it now…</source>
        <translation>Trwa synchronizacja…</translation>
    </message>
    <message>
        <source>Token kept until Tessera quits</source>
        <translation>Token przechowywany do zamknięcia Tessery</translation>
    </message>
    <message>
        <source>The token of %1 is kept only until Tessera quits: %2</source>
        <translation>Token połączenia %1 jest przechowywany tylko do zamknięcia Tessery: %2</translation>
    </message>
    <message>
        <source>Its %1, %2 and lineage leave the catalog.</source>
        <translation>Z katalogu znikną: %1, %2 oraz pochodzenie danych tego połączenia.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkty</numerusform>
            <numerusform>%n produktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n kontrakt</numerusform>
            <numerusform>%n kontrakty</numerusform>
            <numerusform>%n kontraktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) in its outbox will not be sent.</source>
        <translation>
            <numerusform>%n niewysłana zmiana w skrzynce nadawczej nie zostanie wysłana.</numerusform>
            <numerusform>%n niewysłane zmiany w skrzynce nadawczej nie zostaną wysłane.</numerusform>
            <numerusform>%n niewysłanych zmian w skrzynce nadawczej nie zostanie wysłanych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its token is removed from the keychain.</source>
        <translation>Token zostanie usunięty z pęku kluczy.</translation>
    </message>
    <message>
        <source>Your drafts and their saved versions stay. %1 itself is not changed.</source>
        <translation>Szkice i ich zapisane wersje pozostaną. %1 pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Usuń połączenie</translation>
    </message>
    <message>
        <source>Remove %1 and everything it brought?</source>
        <translation>Usunąć %1 i wszystko, co z niego pochodzi?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>The connection could not be removed.</source>
        <translation>Nie udało się usunąć połączenia.</translation>
    </message>
    <message>
        <source>Removed %1 and everything it brought.</source>
        <translation>Usunięto %1 i wszystko, co z niego pochodziło.</translation>
    </message>
    <message>
        <source>%1 is there.</source>
        <translation>%1 istnieje.</translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <source>Connections cannot be tested here.</source>
        <translation>Tutaj nie można testować połączeń.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
</context>
<context>
    <name>tessera::ContractDocument</name>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Wpisywanie</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Przenieś</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>Edycja YAML</translation>
    </message>
</context>
<context>
    <name>tessera::ContractEditor</name>
    <message>
        <source>Undo</source>
        <translation>Cofnij:</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów:</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Zapisz szkic</translation>
    </message>
    <message>
        <source>Keep this state as a version in the catalog (Ctrl+S); every edit is saved anyway</source>
        <translation>Zachowaj ten stan jako wersję w katalogu (Ctrl+S); każda zmiana i tak jest zapisywana</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Write the contract to a YAML or JSON file</source>
        <translation>Zapisz kontrakt do pliku YAML lub JSON</translation>
    </message>
    <message>
        <source>Export contract</source>
        <translation>Eksportuj kontrakt</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;JSON (*.json)</source>
        <translation>YAML (*.yaml *.yml);;JSON (*.json)</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Show the YAML beside the form (Ctrl+Shift+Y)</source>
        <translation>Pokaż YAML obok formularza (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>Fundamentals</source>
        <translation>Podstawy</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schemat</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Wsparcie</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serwery</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edycja pola %1</translation>
    </message>
    <message>
        <source>finance, pii, gold</source>
        <translation>finance, pii, gold</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ID *</source>
        <translation>ID *</translation>
    </message>
    <message>
        <source>Identifies the contract for good; a UUID is made for new ones.</source>
        <translation>Trwale identyfikuje kontrakt; dla nowych kontraktów generowany jest UUID.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>What people call the contract.</source>
        <translation>Nazwa, pod którą znany jest kontrakt.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Version *</source>
        <translation>Wersja *</translation>
    </message>
    <message>
        <source>Semantic version: raise the major number for a breaking change (2.0.0).</source>
        <translation>Wersja semantyczna: przy zmianie łamiącej zgodność zwiększ numer główny (2.0.0).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status *</source>
        <translation>Status *</translation>
    </message>
    <message>
        <source>Where the contract is in its life: draft, active, deprecated…</source>
        <translation>Etap cyklu życia kontraktu: draft, active, deprecated…</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>The business domain that owns the data.</source>
        <translation>Domena biznesowa, do której należą dane.</translation>
    </message>
    <message>
        <source>Data product</source>
        <translation>Produkt danych</translation>
    </message>
    <message>
        <source>The data product whose output port this contract describes.</source>
        <translation>Produkt danych, którego port wyjściowy opisuje ten kontrakt.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Dzierżawa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Separated by commas.</source>
        <translation>Oddzielone przecinkami.</translation>
    </message>
    <message>
        <source>Standard version</source>
        <translation>Wersja standardu</translation>
    </message>
    <message>
        <source>ODCS version *</source>
        <translation>Wersja ODCS *</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>What the data is for. Markdown.</source>
        <translation>Do czego służą dane. Markdown.</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Ograniczenia</translation>
    </message>
    <message>
        <source>What it must not be used for, and known gaps.</source>
        <translation>Do czego nie wolno ich używać oraz znane luki.</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Użycie</translation>
    </message>
    <message>
        <source>How to use it well: joins, filters, caveats.</source>
        <translation>Jak dobrze z nich korzystać: złączenia, filtry, zastrzeżenia.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Schema objects</source>
        <translation>Obiekty schematu</translation>
    </message>
    <message>
        <source>Add object</source>
        <translation>Dodaj obiekt</translation>
    </message>
    <message>
        <source>Add a table, view, topic or file</source>
        <translation>Dodaj tabelę, widok, temat lub plik</translation>
    </message>
    <message>
        <source>Remove object</source>
        <translation>Usuń obiekt</translation>
    </message>
    <message>
        <source>Remove the selected object and its properties</source>
        <translation>Usuń wybrany obiekt i jego właściwości</translation>
    </message>
    <message>
        <source>Object name</source>
        <translation>Nazwa obiektu</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nazwa *</translation>
    </message>
    <message>
        <source>Physical name</source>
        <translation>Nazwa fizyczna</translation>
    </message>
    <message>
        <source>Physical type</source>
        <translation>Typ fizyczny</translation>
    </message>
    <message>
        <source>Object description</source>
        <translation>Opis obiektu</translation>
    </message>
    <message>
        <source>The column or field name</source>
        <translation>Nazwa kolumny lub pola</translation>
    </message>
    <message>
        <source>Logical type</source>
        <translation>Typ logiczny</translation>
    </message>
    <message>
        <source>The type in the standard&apos;s terms</source>
        <translation>Typ w kategoriach standardu</translation>
    </message>
    <message>
        <source>The type in the server, e.g. VARCHAR(64)</source>
        <translation>Typ na serwerze, np. VARCHAR(64)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>Never null</source>
        <translation>Nigdy null</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Unikalne</translation>
    </message>
    <message>
        <source>No two rows share the value</source>
        <translation>Żadne dwa wiersze nie mają tej samej wartości</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Part of the primary key</source>
        <translation>Część klucza głównego</translation>
    </message>
    <message>
        <source>Key position</source>
        <translation>Pozycja w kluczu</translation>
    </message>
    <message>
        <source>Its place in a composite key, from 1</source>
        <translation>Miejsce w kluczu złożonym, od 1</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasyfikacja</translation>
    </message>
    <message>
        <source>How sensitive the data is</source>
        <translation>Jak wrażliwe są dane</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Krytyczne</translation>
    </message>
    <message>
        <source>A critical data element</source>
        <translation>Krytyczny element danych</translation>
    </message>
    <message>
        <source>No properties yet. Add the columns or fields of this object.</source>
        <translation>Jeszcze brak właściwości. Dodaj kolumny lub pola tego obiektu.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Właściwości</translation>
    </message>
    <message>
        <source>The contract has no schema yet. Add an object (a table, view, topic or file) and describe its properties.</source>
        <translation>Kontrakt nie ma jeszcze schematu. Dodaj obiekt (tabelę, widok, temat lub plik) i opisz jego właściwości.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Właściwość</translation>
    </message>
    <message>
        <source>What is promised</source>
        <translation>Co jest gwarantowane</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>The promised value</source>
        <translation>Gwarantowana wartość</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>d (days), h, m, s, ms, y (years) or %</source>
        <translation>d (dni), h, m, s, ms, y (lata) lub %</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>The column the property is measured on, as object.property</source>
        <translation>Kolumna, na której mierzona jest właściwość, w postaci obiekt.właściwość</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Why it is promised</source>
        <translation>Dlaczego jest gwarantowane</translation>
    </message>
    <message>
        <source>Latency: 4 hours</source>
        <translation>Opóźnienie: 4 godziny</translation>
    </message>
    <message>
        <source>Frequency: daily</source>
        <translation>Częstotliwość: codziennie</translation>
    </message>
    <message>
        <source>Availability: 99.9 %</source>
        <translation>Dostępność: 99,9%</translation>
    </message>
    <message>
        <source>Retention: 3 years</source>
        <translation>Retencja: 3 lata</translation>
    </message>
    <message>
        <source>Throughput: 1,000 rows a second</source>
        <translation>Przepustowość: 1000 wierszy na sekundę</translation>
    </message>
    <message>
        <source>Error rate: 0.1 %</source>
        <translation>Wskaźnik błędów: 0,1%</translation>
    </message>
    <message>
        <source>Time to detect: 1 hour</source>
        <translation>Czas wykrycia: 1 godzina</translation>
    </message>
    <message>
        <source>Time to notify: 2 hours</source>
        <translation>Czas powiadomienia: 2 godziny</translation>
    </message>
    <message>
        <source>Time to repair: 1 day</source>
        <translation>Czas naprawy: 1 dzień</translation>
    </message>
    <message>
        <source>General availability (date)</source>
        <translation>Ogólna dostępność (data)</translation>
    </message>
    <message>
        <source>End of support (date)</source>
        <translation>Koniec wsparcia (data)</translation>
    </message>
    <message>
        <source>End of life (date)</source>
        <translation>Koniec cyklu życia (data)</translation>
    </message>
    <message>
        <source>No SLA yet. Add a property (latency, availability, retention…) from a preset.</source>
        <translation>Jeszcze brak SLA. Dodaj właściwość (latency, availability, retention…) z gotowego szablonu.</translation>
    </message>
    <message>
        <source>What the contract promises about timeliness, availability and lifetime.</source>
        <translation>Co kontrakt gwarantuje w zakresie aktualności, dostępności i cyklu życia.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Its name, e.g. #orders-data</source>
        <translation>Nazwa kanału, np. #orders-data</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Where to reach it: https:// or mailto:</source>
        <translation>Adres kanału: https:// lub mailto:</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Narzędzie</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <source>No support channel yet. Consumers need one place to ask and to hear about changes.</source>
        <translation>Jeszcze brak kanału wsparcia. Odbiorcy danych potrzebują jednego miejsca, w którym mogą zadawać pytania i dowiadywać się o zmianach.</translation>
    </message>
    <message>
        <source>Where consumers ask questions and hear about changes.</source>
        <translation>Gdzie odbiorcy danych zadają pytania i dowiadują się o zmianach.</translation>
    </message>
    <message>
        <source>An identifier for the server</source>
        <translation>Identyfikator serwera</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Środowisko</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>No server yet. Say where consumers find the data.</source>
        <translation>Jeszcze brak serwera. Wskaż, gdzie odbiorcy znajdą dane.</translation>
    </message>
    <message>
        <source>Where the data lives and how to reach it.</source>
        <translation>Gdzie znajdują się dane i jak się do nich dostać.</translation>
    </message>
    <message>
        <source>*Nothing described yet. What you write on the left appears here.*</source>
        <translation>*Jeszcze nic nie opisano. To, co napiszesz po lewej, pojawi się tutaj.*</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>Line %1: %2 The form keeps the last YAML that could be read.</source>
        <translation>Wiersz %1: %2 Formularz zachowuje ostatni YAML, który udało się odczytać.</translation>
    </message>
    <message>
        <source>A contract is a YAML mapping (keys and values). The form keeps the last YAML that could be read.</source>
        <translation>Kontrakt jest mapowaniem YAML (klucze i wartości). Formularz zachowuje ostatni YAML, który udało się odczytać.</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>Edycja YAML</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>kontrakt</translation>
    </message>
    <message>
        <source>No problems: the contract is valid ODCS.</source>
        <translation>Brak problemów: kontrakt jest poprawnym ODCS.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this section</source>
        <translation>
            <numerusform>%n problem w tej sekcji</numerusform>
            <numerusform>%n problemy w tej sekcji</numerusform>
            <numerusform>%n problemów w tej sekcji</numerusform>
        </translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Nowy kontrakt</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Brak statusu</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nie zapisano: %1</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>zapisywanie…</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>zapisano %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Porównaj</translation>
    </message>
    <message>
        <source>What changed against the catalog&apos;s version, a version kept or a file, and whether it breaks consumers</source>
        <translation>Co się zmieniło względem wersji w katalogu, zachowanej wersji lub pliku i czy psuje to odbiorców</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Opublikuj…</translation>
    </message>
    <message>
        <source>Write the contract to its source, after a check for breaking changes</source>
        <translation>Zapisz kontrakt w jego źródle po sprawdzeniu zmian niezgodnych wstecz</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n uwaga</numerusform>
            <numerusform>%n uwagi</numerusform>
            <numerusform>%n uwag</numerusform>
        </translation>
    </message>
    <message>
        <source>With the catalog&apos;s version</source>
        <translation>Z wersją w katalogu</translation>
    </message>
    <message>
        <source>The catalog has no version of %1 yet.</source>
        <translation>Katalog nie ma jeszcze żadnej wersji %1.</translation>
    </message>
    <message>
        <source>the catalog&apos;s %1</source>
        <translation>wersja katalogowa %1</translation>
    </message>
    <message>
        <source>With a version kept</source>
        <translation>Z zachowaną wersją</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>published</source>
        <translation>opublikowana</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <source>With a file…</source>
        <translation>Z plikiem…</translation>
    </message>
    <message>
        <source>Compare with a file</source>
        <translation>Porównaj z plikiem</translation>
    </message>
    <message>
        <source>Data contracts (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Kontrakty danych (*.yaml *.yml *.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Publish to a file</source>
        <translation>Opublikuj do pliku</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publikowanie</translation>
    </message>
    <message>
        <source>Nothing to publish: the catalog has this contract as it is.</source>
        <translation>Nie ma czego publikować: katalog ma ten kontrakt w tej postaci.</translation>
    </message>
    <message>
        <source>Publish a breaking change?</source>
        <translation>Opublikować zmianę niezgodną wstecz?</translation>
    </message>
    <message>
        <source>This change breaks consumers: %1. Version %2 declares no breaking change; %3 would.</source>
        <translation>Ta zmiana psuje odbiorców: %1. Wersja %2 nie zapowiada zmiany niezgodnej wstecz; %3 by ją zapowiadała.</translation>
    </message>
    <message numerus="yes">
        <source>%n breaking change(s)</source>
        <translation>
            <numerusform>%n zmiana niezgodna wstecz</numerusform>
            <numerusform>%n zmiany niezgodne wstecz</numerusform>
            <numerusform>%n zmian niezgodnych wstecz</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish as %1</source>
        <translation>Opublikuj jako %1</translation>
    </message>
    <message>
        <source>Publish as %1 anyway</source>
        <translation>Mimo to opublikuj jako %1</translation>
    </message>
    <message>
        <source>Raise the version</source>
        <translation>Podnieś wersję</translation>
    </message>
    <message>
        <source>Team and roles</source>
        <translation>Zespół i role</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Więcej</translation>
    </message>
    <message>
        <source>No rules for the object yet. Add one: a row count, a SQL check…</source>
        <translation>Jeszcze brak reguł dla obiektu. Dodaj regułę: liczba wierszy, sprawdzenie SQL…</translation>
    </message>
    <message>
        <source>No rules for this property yet. Add one: no nulls, no duplicates…</source>
        <translation>Jeszcze brak reguł dla tej właściwości. Dodaj regułę: brak wartości null, brak duplikatów…</translation>
    </message>
    <message>
        <source>Object quality</source>
        <translation>Jakość obiektu</translation>
    </message>
    <message>
        <source>Property quality</source>
        <translation>Jakość właściwości</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nazwa zespołu</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Team description</source>
        <translation>Opis zespołu</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>The member&apos;s user name or email</source>
        <translation>Nazwa użytkownika lub adres e-mail członka</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, when the member left</source>
        <translation>YYYY-MM-DD, kiedy członek odszedł z zespołu</translation>
    </message>
    <message>
        <source>No members yet. Who owns this contract, and who answers for it?</source>
        <translation>Jeszcze brak członków. Kto jest właścicielem tego kontraktu i kto za niego odpowiada?</translation>
    </message>
    <message>
        <source>An IAM role or group that gets access</source>
        <translation>Rola lub grupa IAM, która otrzymuje dostęp</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Dostęp</translation>
    </message>
    <message>
        <source>First approvers</source>
        <translation>Zatwierdzający I stopnia</translation>
    </message>
    <message>
        <source>Who approves a request first</source>
        <translation>Kto zatwierdza wniosek jako pierwszy</translation>
    </message>
    <message>
        <source>Second approvers</source>
        <translation>Zatwierdzający II stopnia</translation>
    </message>
    <message>
        <source>No roles yet. Say who may read or write the data, and who approves access.</source>
        <translation>Jeszcze brak ról. Wskaż, kto może odczytywać lub zapisywać dane i kto zatwierdza dostęp.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Roles and approvers</source>
        <translation>Role i zatwierdzający</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>What consumers pay, per unit below.</source>
        <translation>Ile płacą odbiorcy danych za jednostkę wybraną poniżej.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Price unit</source>
        <translation>Jednostka ceny</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>A name your organisation agreed on</source>
        <translation>Nazwa uzgodniona w organizacji</translation>
    </message>
    <message>
        <source>Text, a number, true or false, or a JSON list</source>
        <translation>Tekst, liczba, true lub false albo lista JSON</translation>
    </message>
    <message>
        <source>No custom properties. Add what your organisation records beyond the standard.</source>
        <translation>Brak własnych właściwości. Dodaj to, co organizacja rejestruje poza standardem.</translation>
    </message>
    <message>
        <source>Where the definition lives</source>
        <translation>Gdzie znajduje się definicja</translation>
    </message>
    <message>
        <source>No authoritative definitions. Link the business glossary or the code that defines the data.</source>
        <translation>Brak miarodajnych definicji. Dodaj link do glosariusza biznesowego lub kodu, który definiuje dane.</translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation>Własne właściwości</translation>
    </message>
    <message>
        <source>Authoritative definitions</source>
        <translation>Miarodajne definicje</translation>
    </message>
    <message>
        <source>Rules of %1</source>
        <translation>Reguły właściwości %1</translation>
    </message>
    <message>
        <source>Select a property on the Properties tab to see its rules.</source>
        <translation>Wybierz właściwość na karcie „Właściwości”, aby zobaczyć jej reguły.</translation>
    </message>
    <message>
        <source>A short identifier for the rule</source>
        <translation>Krótki identyfikator reguły</translation>
    </message>
    <message>
        <source>library: a metric of the standard; sql: a query; text: for people; custom: another engine</source>
        <translation>library: metryka standardu; sql: zapytanie; text: dla ludzi; custom: inny silnik</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metryka</translation>
    </message>
    <message>
        <source>What a library rule measures</source>
        <translation>Co mierzy reguła typu library</translation>
    </message>
    <message>
        <source>Must be</source>
        <translation>Musi być</translation>
    </message>
    <message>
        <source>The one comparison of the rule: mustBe, mustBeGreaterThan, mustBeBetween, …</source>
        <translation>Jedyne porównanie w regule: mustBe, mustBeGreaterThan, mustBeBetween, …</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Próg</translation>
    </message>
    <message>
        <source>The value compared with; [low, high] for mustBeBetween</source>
        <translation>Wartość, z którą następuje porównanie; [low, high] dla mustBeBetween</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Wymiar</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>When it runs, as a cron expression</source>
        <translation>Kiedy reguła jest uruchamiana, jako wyrażenie cron</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <source>sql rules: the query whose result is compared</source>
        <translation>Reguły sql: zapytanie, którego wynik jest porównywany</translation>
    </message>
    <message>
        <source>No nulls</source>
        <translation>Brak wartości null</translation>
    </message>
    <message>
        <source>No duplicates</source>
        <translation>Brak duplikatów</translation>
    </message>
    <message>
        <source>At least one row</source>
        <translation>Co najmniej jeden wiersz</translation>
    </message>
    <message>
        <source>SQL check</source>
        <translation>Sprawdzenie SQL</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nazwa biznesowa</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Przykłady</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Oddzielone przecinkami</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Odwołuje się do</translation>
    </message>
    <message>
        <source>The property this one points at (a foreign key), as object.property</source>
        <translation>Właściwość, na którą wskazuje ta (klucz obcy), jako obiekt.właściwość</translation>
    </message>
    <message>
        <source>Transform logic</source>
        <translation>Logika transformacji</translation>
    </message>
    <message>
        <source>How the value is derived, e.g. SQL</source>
        <translation>Jak powstaje wartość, np. SQL</translation>
    </message>
    <message>
        <source>Source objects</source>
        <translation>Obiekty źródłowe</translation>
    </message>
    <message>
        <source>Partitioned by this property</source>
        <translation>Partycjonowane według tej właściwości</translation>
    </message>
    <message>
        <source>Partition key position</source>
        <translation>Pozycja w kluczu partycji</translation>
    </message>
    <message>
        <source>Partition position</source>
        <translation>Pozycja partycji</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Wzorzec</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Długość minimalna</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Długość maksymalna</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maksimum</translation>
    </message>
    <message numerus="yes">
        <source>Open its %n nested properties</source>
        <translation>
            <numerusform>Otwórz jej %n zagnieżdżoną właściwość</numerusform>
            <numerusform>Otwórz jej %n zagnieżdżone właściwości</numerusform>
            <numerusform>Otwórz jej %n zagnieżdżonych właściwości</numerusform>
        </translation>
    </message>
    <message>
        <source>Add nested properties</source>
        <translation>Dodaj zagnieżdżone właściwości</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Back to the properties around these</source>
        <translation>Wróć do właściwości nadrzędnych</translation>
    </message>
    <message>
        <source>Move object</source>
        <translation>Przenieś obiekt</translation>
    </message>
    <message>
        <source>%1 is a positive number (its unit says of what).</source>
        <translation>%1 to liczba dodatnia (jednostka mówi, czego).</translation>
    </message>
    <message>
        <source>%1 is a percentage, from 0 to 100.</source>
        <translation>%1 to wartość procentowa od 0 do 100.</translation>
    </message>
    <message>
        <source>%1 is a date, as YYYY-MM-DD.</source>
        <translation>%1 to data w formacie YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is a date: it has no unit.</source>
        <translation>%1 to data: nie ma jednostki.</translation>
    </message>
    <message>
        <source>%1 takes one of these units: %2.</source>
        <translation>%1 przyjmuje jedną z tych jednostek: %2.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nazwa usługi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Hurtownia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Zbiór danych</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Separator</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Adres URL punktu końcowego</translation>
    </message>
    <message>
        <source>Select a server to see how to reach it.</source>
        <translation>Wybierz serwer, aby zobaczyć, jak się z nim połączyć.</translation>
    </message>
    <message>
        <source>Every connection field: the standard defines none for this type.</source>
        <translation>Wszystkie pola połączenia: standard nie określa żadnych dla tego typu.</translation>
    </message>
    <message>
        <source>The connection fields the standard defines for %1.</source>
        <translation>Pola połączenia, które standard określa dla %1.</translation>
    </message>
    <message>
        <source>queued for %1; sent with the next sync</source>
        <translation>w kolejce do %1; zostanie wysłany przy następnej synchronizacji</translation>
    </message>
    <message>
        <source>published to %1</source>
        <translation>opublikowano w %1</translation>
    </message>
    <message>
        <source>Custom properties of the object</source>
        <translation>Własne właściwości obiektu</translation>
    </message>
    <message>
        <source>Authoritative definitions of the object</source>
        <translation>Miarodajne definicje obiektu</translation>
    </message>
    <message>
        <source>Custom properties of the property</source>
        <translation>Własne właściwości tej właściwości</translation>
    </message>
    <message>
        <source>Authoritative definitions of the property</source>
        <translation>Miarodajne definicje właściwości</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definicje</translation>
    </message>
    <message>
        <source>Property details</source>
        <translation>Szczegóły właściwości</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>Szczegóły serwera</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Opublikuj…</translation>
    </message>
    <message>
        <source>Submit for &amp;review…</source>
        <translation>Prześlij do &amp;przeglądu…</translation>
    </message>
    <message>
        <source>Publish with the status &quot;proposed&quot;: the version waits in the review queue for governance</source>
        <translation>Opublikuj ze statusem „proposed”: wersja czeka w kolejce przeglądów na zespół ładu danych</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Prześlij do przeglądu</translation>
    </message>
</context>
<context>
    <name>tessera::Credentials</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Pęk kluczy nie odpowiedział w ciągu %n sekundy.</numerusform>
            <numerusform>Pęk kluczy nie odpowiedział w ciągu %n sekund.</numerusform>
            <numerusform>Pęk kluczy nie odpowiedział w ciągu %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token is stored for %1.</source>
        <translation>Dla %1 nie zapisano tokenu.</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>Nie można odczytać pęku kluczy: %1</translation>
    </message>
    <message>
        <source>There is no keychain to keep the token in (%1). Tessera keeps it in memory until it quits and asks for it again on the next start.</source>
        <translation>Brak pęku kluczy, w którym można przechować token (%1). Tessera przechowuje go w pamięci do zamknięcia i poprosi o niego ponownie przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>pęk kluczy nie odpowiedział</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Zmienna środowiskowa %1 nie jest ustawiona.</translation>
    </message>
</context>
<context>
    <name>tessera::DashboardPage</name>
    <message>
        <source>Availability</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Opóźnienie</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Częstotliwość</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retencja</translation>
    </message>
    <message>
        <source>Time of availability</source>
        <translation>Czas udostępnienia</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualność</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>brak celu</translation>
    </message>
    <message>
        <source>target ≥ %1</source>
        <translation>cel ≥ %1</translation>
    </message>
    <message>
        <source>target ≤ %1</source>
        <translation>cel ≤ %1</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Pulpit: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Pokaż ostatni %n dzień</numerusform>
            <numerusform>Pokaż ostatnie %n dni</numerusform>
            <numerusform>Pokaż ostatnich %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Save the whole dashboard as an image</source>
        <translation>Zapisz cały pulpit jako obraz</translation>
    </message>
    <message>
        <source>Export page as PNG or SVG…</source>
        <translation>Eksportuj stronę jako PNG lub SVG…</translation>
    </message>
    <message>
        <source>dashboard-%1</source>
        <translation>pulpit-%1</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>Otwórz produkt</translation>
    </message>
    <message>
        <source>Open the product&apos;s page</source>
        <translation>Otwórz stronę produktu</translation>
    </message>
    <message>
        <source>Reading the measurements…</source>
        <translation>Odczytywanie pomiarów…</translation>
    </message>
    <message>
        <source>The store has no product %1.</source>
        <translation>W bazie danych nie ma produktu %1.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>brak pomiarów</translation>
    </message>
    <message numerus="yes">
        <source>mean over %n days · target ≥ %1</source>
        <translation>
            <numerusform>średnia z %n dnia · cel ≥ %1</numerusform>
            <numerusform>średnia z %n dni · cel ≥ %1</numerusform>
            <numerusform>średnia z %n dni · cel ≥ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean over %n days</source>
        <translation>
            <numerusform>średnia z %n dnia</numerusform>
            <numerusform>średnia z %n dni</numerusform>
            <numerusform>średnia z %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Naruszenia SLA</translation>
    </message>
    <message numerus="yes">
        <source>of %n measurements</source>
        <translation>
            <numerusform>z %n pomiaru</numerusform>
            <numerusform>z %n pomiarów</numerusform>
            <numerusform>z %n pomiarów</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality pass rate</source>
        <translation>Jakość: odsetek sukcesów</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>brak wyników</translation>
    </message>
    <message>
        <source>%1 of %2 rule runs passed</source>
        <translation>%1 z %2 uruchomień reguł zakończyło się sukcesem</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n breaches</source>
        <translation>
            <numerusform>%1 · %n naruszenie</numerusform>
            <numerusform>%1 · %n naruszenia</numerusform>
            <numerusform>%1 · %n naruszeń</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 distribution</source>
        <translation>Rozkład: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n measurements</source>
        <translation>
            <numerusform>%1 · %n pomiar</numerusform>
            <numerusform>%1 · %n pomiary</numerusform>
            <numerusform>%1 · %n pomiarów</numerusform>
        </translation>
    </message>
    <message>
        <source>share of quality rule runs that passed, per day; target 100 %</source>
        <translation>odsetek uruchomień reguł jakości zakończonych sukcesem, dziennie; cel 100%</translation>
    </message>
    <message>
        <source>No SLA measurements or quality results have been recorded for the contracts of this product&apos;s output ports in this range.</source>
        <translation>W tym zakresie nie zarejestrowano pomiarów SLA ani wyników jakości dla kontraktów portów wyjściowych tego produktu.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>Zapisz ten wykres jako PNG lub SVG</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Naruszenie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>spełnione</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>naruszone</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Pomiary</translation>
    </message>
    <message>
        <source>from … %1</source>
        <translation>od … %1</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>pomiary</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n measurements</source>
        <translation>
            <numerusform>%1 do %2: %n pomiar</numerusform>
            <numerusform>%1 do %2: %n pomiary</numerusform>
            <numerusform>%1 do %2: %n pomiarów</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Odsetek sukcesów</translation>
    </message>
    <message>
        <source>Days with failed rules</source>
        <translation>Dni z nieudanymi regułami</translation>
    </message>
    <message>
        <source>%1
%2 of %3 rule runs passed (%4)</source>
        <translation>%1
%2 z %3 uruchomień reguł zakończyło się sukcesem (%4)</translation>
    </message>
    <message>
        <source>Exported from Tessera</source>
        <translation>Wyeksportowano z Tessery</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Eksportuj wykres</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Obraz PNG (*.png);;Obraz SVG (*.svg)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <source>Contract dashboard: %1</source>
        <translation>Pulpit kontraktu: %1</translation>
    </message>
    <message>
        <source>Open the page of the product that publishes the contract</source>
        <translation>Otwórz stronę produktu, który publikuje kontrakt</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>The store has no contract %1.</source>
        <translation>W bazie danych nie ma kontraktu %1.</translation>
    </message>
    <message>
        <source>no measurements recorded</source>
        <translation>brak zarejestrowanych pomiarów</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no product publishes it</source>
        <translation>żaden produkt go nie publikuje</translation>
    </message>
    <message>
        <source>published by %1</source>
        <translation>publikowany przez %1</translation>
    </message>
    <message>
        <source>%1 · contract %2, %3 · %4</source>
        <translation>%1 · kontrakt %2, %3 · %4</translation>
    </message>
    <message>
        <source>Open the dashboard of %1</source>
        <translation>Otwórz pulpit produktu %1</translation>
    </message>
    <message>
        <source>%1 · no output port has a contract</source>
        <translation>%1 · żaden port wyjściowy nie ma kontraktu</translation>
    </message>
    <message>
        <source>%1 · SLA and quality of %2 · %3</source>
        <translation>%1 · SLA i jakość: %2 · %3</translation>
    </message>
    <message>
        <source>Open a contract&apos;s own dashboard</source>
        <translation>Otwórz własny pulpit kontraktu</translation>
    </message>
    <message>
        <source>No SLA measurements or quality results have been recorded for this contract in this range.</source>
        <translation>W tym zakresie nie zarejestrowano dla tego kontraktu pomiarów SLA ani wyników jakości.</translation>
    </message>
    <message>
        <source>Open the dashboard of contract %1</source>
        <translation>Otwórz pulpit kontraktu %1</translation>
    </message>
    <message>
        <source>Meets the target</source>
        <translation>Osiąga cel</translation>
    </message>
</context>
<context>
    <name>tessera::DatasetPage</name>
    <message>
        <source>Dataset %1</source>
        <translation>Zbiór danych %1</translation>
    </message>
    <message>
        <source>Page of %1</source>
        <translation>Strona: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Wczytywanie %1…</translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; is not in the catalog.</source>
        <translation>Zbioru danych „%1” nie ma w katalogu.</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>domena %1</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Należy do</translation>
    </message>
    <message>
        <source>contract %1, version %2</source>
        <translation>kontrakt %1, wersja %2</translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation>Kolumny (%1)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Logical type</source>
        <translation>Typ logiczny</translation>
    </message>
    <message>
        <source>Physical type</source>
        <translation>Typ fizyczny</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasyfikacja</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Upstream (%1)</source>
        <translation>Źródła (%1)</translation>
    </message>
    <message>
        <source>Downstream (%1)</source>
        <translation>Odbiorcy (%1)</translation>
    </message>
    <message>
        <source>No recorded lineage feeds this dataset.</source>
        <translation>Żadne zarejestrowane pochodzenie danych nie zasila tego zbioru.</translation>
    </message>
    <message>
        <source>No recorded lineage reads this dataset.</source>
        <translation>Żadne zarejestrowane pochodzenie danych nie czyta tego zbioru.</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>przez %1</translation>
    </message>
    <message>
        <source>Show lineage</source>
        <translation>Pokaż pochodzenie danych</translation>
    </message>
    <message>
        <source>Where this dataset&apos;s data comes from and where it goes, down to columns</source>
        <translation>Skąd pochodzą dane tego zbioru i dokąd trafiają, aż do kolumn</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>z %1</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Znany również jako</translation>
    </message>
    <message>
        <source>Linked by %1</source>
        <translation>Powiązany przez %1</translation>
    </message>
    <message>
        <source>No columns are known for this dataset.</source>
        <translation>Dla tego zbioru danych nie są znane żadne kolumny.</translation>
    </message>
</context>
<context>
    <name>tessera::DcsImport</name>
    <message>
        <source>&quot;%1&quot; has no ODCS field; kept in customProperties</source>
        <translation>„%1” nie ma odpowiednika w ODCS; zachowano w customProperties</translation>
    </message>
</context>
<context>
    <name>tessera::DocumentArea</name>
    <message>
        <source>Open pages</source>
        <translation>Otwarte strony</translation>
    </message>
    <message>
        <source>Open a product from the list, or press Ctrl+K to go to any product, dataset, contract or column.</source>
        <translation>Otwórz produkt z listy albo naciśnij Ctrl+K, aby przejść do dowolnego produktu, zbioru danych, kontraktu lub kolumny.</translation>
    </message>
    <message>
        <source>Lineage: %1</source>
        <translation>Pochodzenie: %1</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Pulpit: %1</translation>
    </message>
    <message>
        <source>Mesh overview</source>
        <translation>Przegląd siatki</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domena: %1</translation>
    </message>
    <message>
        <source>Contract dashboard: %1</source>
        <translation>Pulpit kontraktu: %1</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Kolejka przeglądów</translation>
    </message>
</context>
<context>
    <name>tessera::DomainChip</name>
    <message>
        <source>Domain %1</source>
        <translation>Domena %1</translation>
    </message>
    <message>
        <source>Show the products of the domain %1</source>
        <translation>Pokaż produkty domeny %1</translation>
    </message>
</context>
<context>
    <name>tessera::DomainTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Domain %1, %n product(s)</source>
        <translation>
            <numerusform>Domena %1, %n produkt</numerusform>
            <numerusform>Domena %1, %n produkty</numerusform>
            <numerusform>Domena %1, %n produktów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::FacetModel</name>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasyfikacja</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
</context>
<context>
    <name>tessera::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Położenie</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informacja</translation>
    </message>
</context>
<context>
    <name>tessera::GovernanceReport</name>
    <message>
        <source>Errors</source>
        <translation>Błędy</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Ostrzeżenia</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacje</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>(brak domeny)</translation>
    </message>
    <message>
        <source>Governance report: the mesh</source>
        <translation>Raport ładu danych: cała siatka</translation>
    </message>
    <message>
        <source>Governance report: domain %1</source>
        <translation>Raport ładu danych: domena %1</translation>
    </message>
    <message numerus="yes">
        <source>Generated %1 · SLA compliance over the last %n days, up to %2</source>
        <translation>
            <numerusform>Wygenerowano %1 · zgodność z SLA z ostatniego %n dnia, do %2</numerusform>
            <numerusform>Wygenerowano %1 · zgodność z SLA z ostatnich %n dni, do %2</numerusform>
            <numerusform>Wygenerowano %1 · zgodność z SLA z ostatnich %n dni, do %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no measurements</source>
        <translation>brak pomiarów</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkice</translation>
    </message>
    <message>
        <source>Deprecated or retired</source>
        <translation>Przestarzałe lub wycofane</translation>
    </message>
    <message>
        <source>With contracts</source>
        <translation>Z kontraktami</translation>
    </message>
    <message>
        <source>With SLAs</source>
        <translation>Z SLA</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Zgodność z SLA</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Otwarte ustalenia</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 z %2 produktów</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>brak pomiarów</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Wszystkie domeny</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Wykresy</translation>
    </message>
    <message>
        <source>No products.</source>
        <translation>Brak produktów.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Naruszenia SLA</translation>
    </message>
    <message>
        <source>Quality pass rate</source>
        <translation>Jakość: odsetek sukcesów</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>brak wyników</translation>
    </message>
    <message>
        <source>Policy findings</source>
        <translation>Ustalenia polityk</translation>
    </message>
    <message>
        <source>No open policy findings.</source>
        <translation>Brak otwartych ustaleń polityk.</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domena %1</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polityka</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Przedmiot</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>Strona HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export governance report</source>
        <translation>Eksportuj raport ładu danych</translation>
    </message>
    <message>
        <source>Writing the governance report…</source>
        <translation>Zapisywanie raportu ładu danych…</translation>
    </message>
    <message>
        <source>The catalog cannot be read, so there is no report to write.</source>
        <translation>Nie można odczytać katalogu, więc nie ma raportu do zapisania.</translation>
    </message>
    <message>
        <source>Governance report written to %1</source>
        <translation>Raport ładu danych zapisano w %1</translation>
    </message>
    <message>
        <source>Could not write the governance report</source>
        <translation>Nie udało się zapisać raportu ładu danych</translation>
    </message>
    <message>
        <source>Could not write the governance report to %1:
%2</source>
        <translation>Nie udało się zapisać raportu ładu danych w %1:
%2</translation>
    </message>
</context>
<context>
    <name>tessera::GovernanceService</name>
    <message>
        <source>The policy file %1 has errors: line %2: %3</source>
        <translation>Plik polityk %1 zawiera błędy: wiersz %2: %3</translation>
    </message>
</context>
<context>
    <name>tessera::HttpClient</name>
    <message numerus="yes">
        <source>%1 asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1 prosi o odczekanie %n sekundy przed ponowną próbą.</numerusform>
            <numerusform>%1 prosi o odczekanie %n sekund przed ponowną próbą.</numerusform>
            <numerusform>%1 prosi o odczekanie %n sekund przed ponowną próbą.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2. Its SHA-256 fingerprint is %3.</source>
        <translation>Certyfikat %1 nie jest zaufany: %2. Jego odcisk SHA-256 to %3.</translation>
    </message>
    <message>
        <source>%1 sent more than %2; the response was refused.</source>
        <translation>Z %1 nadeszło więcej niż %2; odpowiedź odrzucono.</translation>
    </message>
    <message numerus="yes">
        <source>%1 took longer than %n second(s) to answer.</source>
        <translation>
            <numerusform>Odpowiedź z %1 przekroczyła limit %n sekundy.</numerusform>
            <numerusform>Odpowiedź z %1 przekroczyła limit %n sekund.</numerusform>
            <numerusform>Odpowiedź z %1 przekroczyła limit %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>Nie można połączyć się z %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Brak odpowiedzi z %1 w ciągu %n sekundy.</numerusform>
            <numerusform>Brak odpowiedzi z %1 w ciągu %n sekund.</numerusform>
            <numerusform>Brak odpowiedzi z %1 w ciągu %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Bezpieczne połączenie z %1 nie powiodło się: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Żądanie do %1 nie powiodło się: %2</translation>
    </message>
    <message>
        <source>%1 redirects without saying where to.</source>
        <translation>%1 przekierowuje bez podania celu.</translation>
    </message>
    <message>
        <source>%1 redirects to an insecure address (%2); it was not followed.</source>
        <translation>%1 przekierowuje na niezabezpieczony adres (%2); przekierowania nie wykonano.</translation>
    </message>
    <message numerus="yes">
        <source>%1 redirects in a loop or too often (%n redirect(s)).</source>
        <translation>
            <numerusform>%1 przekierowuje w pętli lub zbyt często (%n przekierowanie).</numerusform>
            <numerusform>%1 przekierowuje w pętli lub zbyt często (%n przekierowania).</numerusform>
            <numerusform>%1 przekierowuje w pętli lub zbyt często (%n przekierowań).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 broke off its answer: %2</source>
        <translation>Odpowiedź z %1 została przerwana: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the answer is %1, not JSON</source>
        <translation>odpowiedź to %1, a nie JSON</translation>
    </message>
    <message>
        <source>the answer nests deeper than %1 levels</source>
        <translation>odpowiedź ma więcej niż %1 poziomów zagnieżdżenia</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>odpowiedź jest pusta</translation>
    </message>
    <message>
        <source>the answer is not valid JSON</source>
        <translation>odpowiedź nie jest poprawnym JSON-em</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Serwer odpowiedział kodem %1.</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Serwer odpowiedział kodem %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ImportService</name>
    <message>
        <source>Demo mesh</source>
        <translation>Siatka demonstracyjna</translation>
    </message>
</context>
<context>
    <name>tessera::LineageGraphModel</name>
    <message>
        <source>The dataset has no recorded column lineage.</source>
        <translation>Dla zbioru danych nie zapisano pochodzenia kolumn.</translation>
    </message>
    <message>
        <source>Nothing in the catalog is called &quot;%1&quot;.</source>
        <translation>Nic w katalogu nie nazywa się „%1”.</translation>
    </message>
    <message>
        <source>The filters hide every node.</source>
        <translation>Filtry ukrywają wszystkie węzły.</translation>
    </message>
    <message>
        <source>The lineage could not be read from the catalog.</source>
        <translation>Nie udało się odczytać pochodzenia danych z katalogu.</translation>
    </message>
    <message>
        <source>No lineage is recorded for &quot;%1&quot;.</source>
        <translation>Dla „%1” nie zapisano pochodzenia danych.</translation>
    </message>
</context>
<context>
    <name>tessera::LineageLayout</name>
    <message>
        <source>Graphviz could not be started.</source>
        <translation>Nie udało się uruchomić Graphviz.</translation>
    </message>
    <message>
        <source>Graphviz dot failed: %1</source>
        <translation>Graphviz dot zawiódł: %1</translation>
    </message>
    <message>
        <source>Graphviz dot ran out of memory.</source>
        <translation>Graphviz dot zabrakło pamięci.</translation>
    </message>
</context>
<context>
    <name>tessera::LineagePage</name>
    <message>
        <source>Dataset</source>
        <translation>Zbiór danych</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Data product</source>
        <translation>Produkt danych</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>System źródłowy</translation>
    </message>
    <message>
        <source>More nodes</source>
        <translation>Więcej węzłów</translation>
    </message>
    <message>
        <source>Lineage of %1</source>
        <translation>Pochodzenie %1</translation>
    </message>
    <message>
        <source>%1: how many steps to show</source>
        <translation>%1: ile kroków pokazać</translation>
    </message>
    <message>
        <source>&amp;Upstream</source>
        <translation>Ź&amp;ródła</translation>
    </message>
    <message>
        <source>&amp;Downstream</source>
        <translation>&amp;Odbiorcy</translation>
    </message>
    <message>
        <source>Level of detail</source>
        <translation>Poziom szczegółów</translation>
    </message>
    <message>
        <source>Show domains, data products or datasets</source>
        <translation>Pokaż domeny, produkty danych lub zbiory danych</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domeny</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Zbiory danych</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Zadania</translation>
    </message>
    <message>
        <source>Show the jobs between datasets as nodes of their own</source>
        <translation>Pokaż zadania między zbiorami danych jako osobne węzły</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <source>Back to datasets</source>
        <translation>Wróć do zbiorów danych</translation>
    </message>
    <message>
        <source>Find in graph…</source>
        <translation>Znajdź w grafie…</translation>
    </message>
    <message>
        <source>Find a node in the graph</source>
        <translation>Znajdź węzeł w grafie</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>brak wyników</translation>
    </message>
    <message>
        <source>Fit the graph</source>
        <translation>Dopasuj cały graf</translation>
    </message>
    <message>
        <source>Zoom to the selection</source>
        <translation>Powiększ zaznaczenie</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Downstream impact</source>
        <translation>Wpływ na odbiorców</translation>
    </message>
    <message>
        <source>What a change would break downstream</source>
        <translation>Co zmiana mogłaby zepsuć u odbiorców</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Export impact…</source>
        <translation>Eksportuj wpływ…</translation>
    </message>
    <message>
        <source>Lineage: %1</source>
        <translation>Pochodzenie: %1</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Węzły</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Source systems</source>
        <translation>Systemy źródłowe</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Uruchomienia</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Dowolny czas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ostatnie 90 dni</translation>
    </message>
    <message>
        <source>Filters (on)</source>
        <translation>Filtry (włączone)</translation>
    </message>
    <message>
        <source>Click a node for its details and what depends on it; Ctrl+click a second one for the path between them. Double-click opens a product&apos;s page; the ± buttons at a node&apos;s sides show one more step.</source>
        <translation>Kliknij węzeł, aby zobaczyć szczegóły i to, co od niego zależy; Ctrl+klik na drugim pokazuje ścieżkę między nimi. Dwuklik otwiera stronę produktu; przyciski ± po bokach węzła pokazują jeden krok więcej.</translation>
    </message>
    <message numerus="yes">
        <source>%n more node(s)</source>
        <translation>
            <numerusform>%n węzeł więcej</numerusform>
            <numerusform>%n węzły więcej</numerusform>
            <numerusform>%n węzłów więcej</numerusform>
        </translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>domena %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) upstream</source>
        <translation>
            <numerusform>%n krok w stronę źródeł</numerusform>
            <numerusform>%n kroki w stronę źródeł</numerusform>
            <numerusform>%n kroków w stronę źródeł</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) downstream</source>
        <translation>
            <numerusform>%n krok w stronę odbiorców</numerusform>
            <numerusform>%n kroki w stronę odbiorców</numerusform>
            <numerusform>%n kroków w stronę odbiorców</numerusform>
        </translation>
    </message>
    <message>
        <source>the start</source>
        <translation>punkt wyjścia</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Właściciel: %1</translation>
    </message>
    <message>
        <source>Contract: %1</source>
        <translation>Kontrakt: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>An SLA of its contract is breached</source>
        <translation>SLA jego kontraktu jest naruszone</translation>
    </message>
    <message>
        <source>Last run %1</source>
        <translation>Ostatnie uruchomienie %1</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>Otwórz produkt</translation>
    </message>
    <message>
        <source>Show columns</source>
        <translation>Pokaż kolumny</translation>
    </message>
    <message>
        <source>Only this column&apos;s paths</source>
        <translation>Tylko ścieżki tej kolumny</translation>
    </message>
    <message>
        <source>Show them all</source>
        <translation>Pokaż wszystkie</translation>
    </message>
    <message>
        <source>Nothing shown here reads it.</source>
        <translation>Nic z pokazanych tu elementów go nie czyta.</translation>
    </message>
    <message>
        <source>A change could break %1 and %2 shown downstream.</source>
        <translation>Zmiana mogłaby zepsuć %1 i %2 u odbiorców.</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n zbiór danych</numerusform>
            <numerusform>%n zbiory danych</numerusform>
            <numerusform>%n zbiorów danych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkty</numerusform>
            <numerusform>%n produktów</numerusform>
        </translation>
    </message>
    <message>
        <source>These two nodes are not connected.</source>
        <translation>Te dwa węzły nie są połączone.</translation>
    </message>
    <message numerus="yes">
        <source>Path of %n step(s)</source>
        <translation>
            <numerusform>Ścieżka z %n krokiem</numerusform>
            <numerusform>Ścieżka z %n krokami</numerusform>
            <numerusform>Ścieżka z %n krokami</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Reading and laying out the lineage…</source>
        <translation>Odczytywanie i układanie pochodzenia danych…</translation>
    </message>
    <message>
        <source>%1, %2 · laid out in %3 ms (%4) · zoom %5%</source>
        <translation>%1, %2 · ułożono w %3 ms (%4) · powiększenie %5%</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n węzeł</numerusform>
            <numerusform>%n węzły</numerusform>
            <numerusform>%n węzłów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n krawędź</numerusform>
            <numerusform>%n krawędzie</numerusform>
            <numerusform>%n krawędzi</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Nie można zapisać %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use .svg, .png, .dot or .graphml</source>
        <translation>Nieznany format „%1”: użyj .svg, .png, .dot lub .graphml</translation>
    </message>
    <message>
        <source>Export the lineage</source>
        <translation>Eksportuj pochodzenie danych</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot);;GraphML (*.graphml)</source>
        <translation>Obraz SVG (*.svg);;Obraz PNG (*.png);;Graphviz DOT (*.dot);;GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Wyeksportowano do %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Eksport nie powiódł się: %1</translation>
    </message>
    <message>
        <source>Export the impact</source>
        <translation>Eksportuj wpływ</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Indirect</source>
        <translation>&amp;Pośrednie</translation>
    </message>
    <message>
        <source>Show indirect column edges: joins, filters, groupings and sorts that affect a column without feeding it</source>
        <translation>Pokaż pośrednie krawędzie kolumn: złączenia, filtry, grupowania i sortowania, które wpływają na kolumnę, nie dostarczając do niej danych</translation>
    </message>
</context>
<context>
    <name>tessera::LineageView</name>
    <message>
        <source>Lineage graph</source>
        <translation>Graf pochodzenia danych</translation>
    </message>
</context>
<context>
    <name>tessera::Linter</name>
    <message>
        <source>Expected a data contract (a mapping of keys such as apiVersion, kind, schema), found a %1</source>
        <translation>Oczekiwano kontraktu danych (mapowania z kluczami takimi jak apiVersion, kind, schema), znaleziono: %1</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not one Tessera knows (v3.0.x, v3.1.0); checked against v3.1.0</source>
        <translation>apiVersion „%1” jest nieznana dla Tessery (v3.0.x, v3.1.0); sprawdzono według v3.1.0</translation>
    </message>
    <message>
        <source>The bundled ODCS JSON Schema could not be loaded</source>
        <translation>Nie udało się wczytać dołączonego schematu JSON ODCS</translation>
    </message>
    <message>
        <source>Valid only under ODCS v3.1.0 rules, but apiVersion says %1; set apiVersion: v3.1.0</source>
        <translation>Poprawne tylko według reguł ODCS v3.1.0, ale apiVersion wskazuje %1; ustaw apiVersion: v3.1.0</translation>
    </message>
    <message>
        <source>This is a Data Contract Specification (DCS) file, not ODCS; import it with &quot;tessera-cli convert FILE --to yaml&quot;</source>
        <translation>To jest plik w formacie Data Contract Specification (DCS), a nie ODCS; zaimportuj go poleceniem „tessera-cli convert PLIK --to yaml”</translation>
    </message>
</context>
<context>
    <name>tessera::LocalFolderSource</name>
    <message>
        <source>Line %1 is not a JSON object</source>
        <translation>Wiersz %1 nie jest obiektem JSON</translation>
    </message>
    <message>
        <source>Line %1 is neither an OpenLineage run event nor a measurement</source>
        <translation>Wiersz %1 nie jest ani zdarzeniem uruchomienia OpenLineage, ani pomiarem</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Nie można otworzyć pliku: %1</translation>
    </message>
    <message>
        <source>The contract has no id or version</source>
        <translation>Kontrakt nie ma identyfikatora lub wersji</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>A dataset of the run event has no name; it was left out</source>
        <translation>Zbiór danych zdarzenia przebiegu nie ma nazwy; został pominięty</translation>
    </message>
    <message>
        <source>A dataset name or namespace is longer than %1 bytes; the dataset was left out</source>
        <translation>Nazwa lub przestrzeń nazw zbioru danych jest dłuższa niż %1 bajtów; zbiór danych został pominięty</translation>
    </message>
    <message>
        <source>The run event has no job name; it was left out</source>
        <translation>Zdarzenie przebiegu nie ma nazwy zadania; zostało pominięte</translation>
    </message>
    <message>
        <source>The job name or namespace is longer than %1 bytes; the run event was left out</source>
        <translation>Nazwa lub przestrzeń nazw zadania jest dłuższa niż %1 bajtów; zdarzenie przebiegu zostało pominięte</translation>
    </message>
    <message>
        <source>The run event&apos;s “%1” is not an array; the event was left out</source>
        <translation>„%1” zdarzenia przebiegu nie jest tablicą; zdarzenie zostało pominięte</translation>
    </message>
    <message>
        <source>This part of the column lineage is not what the OpenLineage facet describes; it was left out</source>
        <translation>Ta część pochodzenia kolumn nie odpowiada temu, co opisuje facet OpenLineage; została pominięta</translation>
    </message>
    <message>
        <source>A column lineage entry has no dataset name or field, or one longer than %1 bytes; it was left out</source>
        <translation>Wpis pochodzenia kolumn nie ma nazwy zbioru danych ani pola albo jedno z nich jest dłuższe niż %1 bajtów; został pominięty</translation>
    </message>
    <message>
        <source>This element of the array is not a JSON object; it was left out</source>
        <translation>Ten element tablicy nie jest obiektem JSON; został pominięty</translation>
    </message>
    <message>
        <source>This element of the array is not an OpenLineage run event; it was left out</source>
        <translation>Ten element tablicy nie jest zdarzeniem przebiegu OpenLineage; został pominięty</translation>
    </message>
    <message>
        <source>This is not an ODCS data contract</source>
        <translation>To nie jest kontrakt danych ODCS</translation>
    </message>
    <message>
        <source>Not an OpenLineage run event</source>
        <translation>To nie jest zdarzenie przebiegu OpenLineage</translation>
    </message>
</context>
<context>
    <name>tessera::MainWindow</name>
    <message>
        <source>Check an ODCS contract file and list its problems</source>
        <translation>Sprawdź plik kontraktu ODCS i wyświetl jego problemy</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>&amp;O programie Tessera</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Show or hide the Problems panel</source>
        <translation>Pokaż lub ukryj panel Problemy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>No contract checked yet.</source>
        <translation>Nie sprawdzono jeszcze żadnego kontraktu.</translation>
    </message>
    <message>
        <source>Open contract</source>
        <translation>Otwórz kontrakt</translation>
    </message>
    <message>
        <source>ODCS contracts (*.yaml *.yml);;All files (*)</source>
        <translation>Kontrakty ODCS (*.yaml *.yml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Sprawdzanie %1…</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Info: %3</source>
        <translation>Błędy: %1 · Ostrzeżenia: %2 · Informacje: %3</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemy (%1)</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>Nie można odczytać %1</translation>
    </message>
    <message>
        <source>No problems found in %1</source>
        <translation>Nie znaleziono problemów w %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Sprawdzono %1</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>O programie Tessera</translation>
    </message>
    <message>
        <source>Tessera %1</source>
        <translation>Tessera %1</translation>
    </message>
    <message>
        <source>A desktop tool for data meshes: browse data products, follow lineage and design data contracts.</source>
        <translation>Narzędzie desktopowe dla siatek danych: przeglądaj produkty danych, śledź pochodzenie danych i projektuj kontrakty danych.</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;Apache License, version 2.0&lt;/a&gt;.</source>
        <translation>Udostępniany na licencji &lt;a href=&quot;%1&quot;&gt;Apache License, wersja 2.0&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Could not check %1: internal error</source>
        <translation>Nie można sprawdzić %1: błąd wewnętrzny</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importowanie %1…</translation>
    </message>
    <message>
        <source>Add local folder</source>
        <translation>Dodaj folder lokalny</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>Zaimportowano %n plik</numerusform>
            <numerusform>Zaimportowano %n pliki</numerusform>
            <numerusform>Zaimportowano %n plików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out</source>
        <translation>
            <numerusform>Pominięto %n plik</numerusform>
            <numerusform>Pominięto %n pliki</numerusform>
            <numerusform>Pominięto %n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add local folder…</source>
        <translation>&amp;Dodaj folder lokalny…</translation>
    </message>
    <message>
        <source>Import a folder of contracts, products and lineage into the catalog, and watch it</source>
        <translation>Zaimportuj folder z kontraktami, produktami i pochodzeniem danych do katalogu i obserwuj w nim zmiany</translation>
    </message>
    <message>
        <source>Importing the demo mesh…</source>
        <translation>Importowanie demonstracyjnej siatki…</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkty</numerusform>
            <numerusform>%n produktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n kontrakt</numerusform>
            <numerusform>%n kontrakty</numerusform>
            <numerusform>%n kontraktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n zbiór danych</numerusform>
            <numerusform>%n zbiory danych</numerusform>
            <numerusform>%n zbiorów danych</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the &amp;demo mesh</source>
        <translation>&amp;Wczytaj siatkę demonstracyjną</translation>
    </message>
    <message>
        <source>Import FoodCo, the demo mesh built into Tessera, into the catalog</source>
        <translation>Zaimportuj do katalogu FoodCo, siatkę demonstracyjną wbudowaną w Tesserę</translation>
    </message>
    <message>
        <source>&amp;Find products…</source>
        <translation>&amp;Szukaj produktów…</translation>
    </message>
    <message>
        <source>Search the catalog&apos;s products, datasets and columns</source>
        <translation>Przeszukaj produkty, zbiory danych i kolumny katalogu</translation>
    </message>
    <message>
        <source>&amp;Quick open…</source>
        <translation>&amp;Szybkie otwieranie…</translation>
    </message>
    <message>
        <source>Go to any product, dataset, contract or column</source>
        <translation>Przejdź do dowolnego produktu, zbioru danych, kontraktu lub kolumny</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Show the page seen before</source>
        <translation>Pokaż poprzednio oglądaną stronę</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>Show the page seen after this one</source>
        <translation>Pokaż stronę oglądaną po tej</translation>
    </message>
    <message>
        <source>&amp;Close page</source>
        <translation>Za&amp;mknij stronę</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Następna strona</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Poprzednia strona</translation>
    </message>
    <message>
        <source>Copy &amp;link to page</source>
        <translation>Kopiuj &amp;link do strony</translation>
    </message>
    <message>
        <source>Copy the tessera:// link of the page shown</source>
        <translation>Kopiuj link tessera:// pokazanej strony</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Skopiowano %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Panel boczny</translation>
    </message>
    <message>
        <source>Show or hide the sources, domains and filters</source>
        <translation>Pokaż lub ukryj źródła, domeny i filtry</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Przejdź</translation>
    </message>
    <message>
        <source>Search the mesh…  %1</source>
        <translation>Szukaj w siatce…  %1</translation>
    </message>
    <message>
        <source>Tessera cannot open %1</source>
        <translation>Tessera nie może otworzyć %1</translation>
    </message>
    <message>
        <source>%1 — Tessera</source>
        <translation>%1 — Tessera</translation>
    </message>
    <message>
        <source>&amp;Check contract file…</source>
        <translation>&amp;Sprawdź plik kontraktu…</translation>
    </message>
    <message>
        <source>&amp;New contract</source>
        <translation>&amp;Nowy kontrakt</translation>
    </message>
    <message>
        <source>Design a new data contract in forms</source>
        <translation>Zaprojektuj nowy kontrakt danych w formularzach</translation>
    </message>
    <message>
        <source>&amp;Edit contract file…</source>
        <translation>&amp;Edytuj plik kontraktu…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open an ODCS or DCS contract file in the designer</source>
        <translation>Otwórz plik kontraktu ODCS lub DCS w edytorze</translation>
    </message>
    <message>
        <source>Edit contract file</source>
        <translation>Edytuj plik kontraktu</translation>
    </message>
    <message>
        <source>Data contracts (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Kontrakty danych (*.yaml *.yml *.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>It holds no YAML or JSON mapping.</source>
        <translation>Nie zawiera mapowania YAML ani JSON.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened in the designer.</source>
        <translation>Nie można otworzyć %1 w edytorze.</translation>
    </message>
    <message>
        <source>%1 was converted from the Data Contract Specification to ODCS</source>
        <translation>Plik %1 przekonwertowano z formatu Data Contract Specification do ODCS</translation>
    </message>
    <message>
        <source>The catalog has no readable contract %1</source>
        <translation>Katalog nie zawiera czytelnego kontraktu %1</translation>
    </message>
    <message>
        <source>New contract from &amp;template</source>
        <translation>Nowy kontrakt z sza&amp;blonu</translation>
    </message>
    <message>
        <source>Table with a key and audit columns</source>
        <translation>Tabela z kluczem i kolumnami audytowymi</translation>
    </message>
    <message>
        <source>Event stream (Kafka topic)</source>
        <translation>Strumień zdarzeń (temat Kafki)</translation>
    </message>
    <message>
        <source>Daily aggregate</source>
        <translation>Agregat dzienny</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop syncing after the current page; what was synced stays</source>
        <translation>Zatrzymaj synchronizację po bieżącej stronie; to, co już zsynchronizowano, zostanie zachowane</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizowanie…</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synchronizowanie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No catalog endpoints to sync — add one with File › Connections…</source>
        <translation>Brak punktów końcowych katalogu do synchronizacji — dodaj je w menu Plik › Połączenia…</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n source(s)</source>
        <translation>
            <numerusform>Zsynchronizowano %n źródło</numerusform>
            <numerusform>Zsynchronizowano %n źródła</numerusform>
            <numerusform>Zsynchronizowano %n źródeł</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline</source>
        <translation>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n nieudane</numerusform>
            <numerusform>%n nieudane</numerusform>
            <numerusform>%n nieudanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n anulowane</numerusform>
            <numerusform>%n anulowane</numerusform>
            <numerusform>%n anulowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) — see the status bar</source>
        <translation>
            <numerusform>%n konflikt — zobacz pasek stanu</numerusform>
            <numerusform>%n konflikty — zobacz pasek stanu</numerusform>
            <numerusform>%n konfliktów — zobacz pasek stanu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikty</numerusform>
            <numerusform>%n konfliktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes you published met a newer version on the endpoint: compare them</source>
        <translation>Opublikowane zmiany natrafiły na nowszą wersję w punkcie końcowym: porównaj je</translation>
    </message>
    <message>
        <source>%1 on %2…</source>
        <translation>%1 w %2…</translation>
    </message>
    <message>
        <source>A contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Dismiss (both versions stay kept)</source>
        <translation>Ukryj (obie wersje zostają zachowane)</translation>
    </message>
    <message>
        <source>the contract</source>
        <translation>kontrakt</translation>
    </message>
    <message>
        <source>The contract cannot be opened in the designer; it was copied to the clipboard</source>
        <translation>Nie można otworzyć kontraktu w edytorze; skopiowano go do schowka</translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation>&amp;Połączenia…</translation>
    </message>
    <message>
        <source>Add, edit, test and remove catalog endpoints and local folders</source>
        <translation>Dodaj, edytuj, przetestuj i usuń punkty końcowe katalogów oraz foldery lokalne</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <source>Bring the catalog up to date with every catalog endpoint</source>
        <translation>Zaktualizuj katalog na podstawie wszystkich punktów końcowych katalogów</translation>
    </message>
    <message>
        <source>Mesh &amp;overview</source>
        <translation>Przegląd &amp;siatki</translation>
    </message>
    <message>
        <source>Every domain&apos;s products, contracts, SLA compliance and policy findings</source>
        <translation>Produkty, kontrakty, zgodność z SLA i ustalenia polityk każdej domeny</translation>
    </message>
    <message>
        <source>Export governance &amp;report…</source>
        <translation>Eksportuj &amp;raport ładu danych…</translation>
    </message>
    <message>
        <source>Save a governance report of the whole mesh, with its charts, as HTML or PDF</source>
        <translation>Zapisz raport ładu danych całej siatki wraz z wykresami jako HTML lub PDF</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Language, the organisation&apos;s policy file and your name as a reviewer</source>
        <translation>Język, plik polityk organizacji oraz Twoje imię i nazwisko jako recenzenta</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Kolejka przeglądów</translation>
    </message>
    <message>
        <source>Contract versions proposed for review: their changes, findings and impact</source>
        <translation>Wersje kontraktów zgłoszone do przeglądu: ich zmiany, ustalenia i wpływ</translation>
    </message>
    <message>
        <source>Contract versions proposed for review (View › Review queue, Ctrl+Shift+R)</source>
        <translation>Wersje kontraktów zgłoszone do przeglądu (Widok › Kolejka przeglądów, Ctrl+Shift+R)</translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n do przeglądu</numerusform>
            <numerusform>%n do przeglądu</numerusform>
            <numerusform>%n do przeglądu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::MarquezAdapter</name>
    <message>
        <source>Reading the namespaces</source>
        <translation>Odczyt przestrzeni nazw</translation>
    </message>
    <message>
        <source>%1 does not answer like Marquez.</source>
        <translation>%1 nie odpowiada jak Marquez.</translation>
    </message>
    <message numerus="yes">
        <source>Marquez with %n namespace(s).</source>
        <translation>
            <numerusform>Marquez z %n przestrzenią nazw.</numerusform>
            <numerusform>Marquez z %n przestrzeniami nazw.</numerusform>
            <numerusform>Marquez z %n przestrzeniami nazw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading namespaces</source>
        <translation>Odczytywanie przestrzeni nazw</translation>
    </message>
    <message>
        <source>Reading datasets of %1</source>
        <translation>Odczytywanie zbiorów danych z %1</translation>
    </message>
    <message>
        <source>Reading the datasets of %1</source>
        <translation>Odczyt zbiorów danych z %1</translation>
    </message>
    <message>
        <source>Reading jobs of %1</source>
        <translation>Odczytywanie zadań z %1</translation>
    </message>
    <message>
        <source>Reading the jobs of %1</source>
        <translation>Odczyt zadań z %1</translation>
    </message>
    <message>
        <source>Reading column lineage</source>
        <translation>Odczytywanie pochodzenia kolumn</translation>
    </message>
    <message>
        <source>%1: the endpoint kept sending pages; reading was stopped.</source>
        <translation>%1: punkt końcowy wciąż wysyłał kolejne strony; odczyt przerwano.</translation>
    </message>
    <message>
        <source>%1: the answer has no list &quot;%2&quot;.</source>
        <translation>%1: odpowiedź nie zawiera listy „%2”.</translation>
    </message>
    <message>
        <source>%1: the endpoint sent the same page twice; reading was stopped.</source>
        <translation>%1: punkt końcowy dwukrotnie wysłał tę samą stronę; odczyt przerwano.</translation>
    </message>
    <message>
        <source>A dataset without a name in %1 was left out.</source>
        <translation>Pominięto zbiór danych bez nazwy w %1.</translation>
    </message>
    <message>
        <source>A job without a name in %1 was left out.</source>
        <translation>Pominięto zadanie bez nazwy w %1.</translation>
    </message>
    <message>
        <source>Reading the column lineage of %1</source>
        <translation>Odczyt pochodzenia kolumn %1</translation>
    </message>
    <message>
        <source>Reading run events</source>
        <translation>Odczytywanie zdarzeń przebiegu</translation>
    </message>
    <message>
        <source>Reading the run events</source>
        <translation>Odczyt zdarzeń przebiegu</translation>
    </message>
    <message>
        <source>A run event of %1: %2</source>
        <translation>Zdarzenie przebiegu %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::MeshOverviewPage</name>
    <message>
        <source>Mesh overview</source>
        <translation>Przegląd siatki</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domena: %1</translation>
    </message>
    <message>
        <source>Per domain: products by status, contracts and SLAs, SLA compliance over the last 30 days, open policy findings. Choose a domain for its dashboard.</source>
        <translation>Dla każdej domeny: produkty według statusu, kontrakty i SLA, zgodność z SLA w ostatnich 30 dniach, otwarte ustalenia polityk. Wybierz domenę, aby zobaczyć jej pulpit.</translation>
    </message>
    <message>
        <source>The domain&apos;s figures and each of its products over the last 30 days. Choose a product for its dashboard.</source>
        <translation>Wskaźniki domeny i każdego z jej produktów z ostatnich 30 dni. Wybierz produkt, aby zobaczyć jego pulpit.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Save the overview as PNG or SVG</source>
        <translation>Zapisz przegląd jako PNG lub SVG</translation>
    </message>
    <message>
        <source>Export overview</source>
        <translation>Eksportuj przegląd</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Obraz PNG (*.png);;Obraz SVG (*.svg)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkice</translation>
    </message>
    <message>
        <source>Deprecated or retired</source>
        <translation>Przestarzałe lub wycofane</translation>
    </message>
    <message>
        <source>With contracts</source>
        <translation>Z kontraktami</translation>
    </message>
    <message>
        <source>With SLAs</source>
        <translation>Z SLA</translation>
    </message>
    <message>
        <source>SLA compliance (30 days)</source>
        <translation>Zgodność z SLA (30 dni)</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Otwarte ustalenia</translation>
    </message>
    <message>
        <source>Adding up the mesh…</source>
        <translation>Podsumowywanie siatki…</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Wszystkie domeny</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>(brak domeny)</translation>
    </message>
    <message>
        <source>Show the products of %1</source>
        <translation>Pokaż produkty domeny %1</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 z %2 produktów</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>brak pomiarów</translation>
    </message>
    <message>
        <source>%1 of %2 measurements met their target</source>
        <translation>%1 z %2 pomiarów osiągnęło cel</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domeny</translation>
    </message>
    <message>
        <source>The domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Naruszenia SLA</translation>
    </message>
    <message>
        <source>Quality pass rate</source>
        <translation>Jakość: odsetek sukcesów</translation>
    </message>
    <message>
        <source>Open the dashboard of %1</source>
        <translation>Otwórz pulpit produktu %1</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>brak wyników</translation>
    </message>
    <message numerus="yes">
        <source>SLA compliance per product, last %n days</source>
        <translation>
            <numerusform>Zgodność z SLA według produktu, ostatni %n dzień</numerusform>
            <numerusform>Zgodność z SLA według produktu, ostatnie %n dni</numerusform>
            <numerusform>Zgodność z SLA według produktu, ostatnich %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>share of each product&apos;s SLA measurements that met their target</source>
        <translation>odsetek pomiarów SLA każdego produktu, które osiągnęły cel</translation>
    </message>
    <message numerus="yes">
        <source>SLA compliance, last %n days</source>
        <translation>
            <numerusform>Zgodność z SLA, ostatni %n dzień</numerusform>
            <numerusform>Zgodność z SLA, ostatnie %n dni</numerusform>
            <numerusform>Zgodność z SLA, ostatnich %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>share of the SLA measurements that met their target</source>
        <translation>odsetek pomiarów SLA, które osiągnęły cel</translation>
    </message>
    <message>
        <source>Products by status</source>
        <translation>Produkty według statusu</translation>
    </message>
    <message>
        <source>per domain</source>
        <translation>według domeny</translation>
    </message>
    <message>
        <source>Contracts and SLAs</source>
        <translation>Kontrakty i SLA</translation>
    </message>
    <message>
        <source>share of the domain&apos;s products</source>
        <translation>odsetek produktów domeny</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Zgodność z SLA</translation>
    </message>
    <message>
        <source>%1: %2 of %3 measurements met their target (%4)</source>
        <translation>%1: %2 z %3 pomiarów osiągnęło cel (%4)</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>brak statusu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Eksportuj raport…</translation>
    </message>
    <message>
        <source>Save a governance report of the whole mesh as HTML or PDF</source>
        <translation>Zapisz raport ładu danych całej siatki jako HTML lub PDF</translation>
    </message>
    <message>
        <source>Save a governance report of this domain as HTML or PDF</source>
        <translation>Zapisz raport ładu danych tej domeny jako HTML lub PDF</translation>
    </message>
    <message>
        <source>Products of the domain</source>
        <translation>Produkty domeny</translation>
    </message>
</context>
<context>
    <name>tessera::Minimap</name>
    <message>
        <source>Overview of the lineage graph</source>
        <translation>Przegląd grafu pochodzenia danych</translation>
    </message>
</context>
<context>
    <name>tessera::NodeItem</name>
    <message>
        <source>dataset</source>
        <translation>zbiór danych</translation>
    </message>
    <message>
        <source>job</source>
        <translation>zadanie</translation>
    </message>
    <message>
        <source>data product</source>
        <translation>produkt danych</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domena</translation>
    </message>
    <message>
        <source>column</source>
        <translation>kolumna</translation>
    </message>
    <message>
        <source>source system</source>
        <translation>system źródłowy</translation>
    </message>
    <message>
        <source>more</source>
        <translation>więcej</translation>
    </message>
    <message>
        <source>An SLA of its contract is breached</source>
        <translation>SLA jego kontraktu jest naruszone</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 więcej</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n zbiór danych</numerusform>
            <numerusform>%n zbiory danych</numerusform>
            <numerusform>%n zbiorów danych</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>tessera::OpenMetadataAdapter</name>
    <message>
        <source>Reading the tables</source>
        <translation>Odczyt tabel</translation>
    </message>
    <message>
        <source>%1 does not answer like OpenMetadata.</source>
        <translation>%1 nie odpowiada jak OpenMetadata.</translation>
    </message>
    <message numerus="yes">
        <source>OpenMetadata with %n table(s).</source>
        <translation>
            <numerusform>OpenMetadata z %n tabelą.</numerusform>
            <numerusform>OpenMetadata z %n tabelami.</numerusform>
            <numerusform>OpenMetadata z %n tabelami.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no contract &quot;%2&quot; to update; create it in OpenMetadata first.</source>
        <translation>%1 nie ma kontraktu „%2” do zaktualizowania; najpierw utwórz go w OpenMetadata.</translation>
    </message>
    <message>
        <source>Reading the contract</source>
        <translation>Odczyt kontraktu</translation>
    </message>
    <message>
        <source>The contract changed in %1 since it was synced (version %2, synced %3).</source>
        <translation>Kontrakt zmienił się w %1 od synchronizacji (wersja %2, zsynchronizowano %3).</translation>
    </message>
    <message>
        <source>%1 refused the contract: it changed since it was synced.</source>
        <translation>Źródło %1 odrzuciło kontrakt: zmienił się od synchronizacji.</translation>
    </message>
    <message>
        <source>%1 refused the contract: %2</source>
        <translation>Źródło %1 odrzuciło kontrakt: %2</translation>
    </message>
    <message>
        <source>Reading domains</source>
        <translation>Odczytywanie domen</translation>
    </message>
    <message>
        <source>Reading the domains</source>
        <translation>Odczyt domen</translation>
    </message>
    <message>
        <source>Reading data products</source>
        <translation>Odczytywanie produktów danych</translation>
    </message>
    <message>
        <source>Reading the data products</source>
        <translation>Odczyt produktów danych</translation>
    </message>
    <message>
        <source>Reading tables</source>
        <translation>Odczytywanie tabel</translation>
    </message>
    <message>
        <source>Reading data contracts</source>
        <translation>Odczytywanie kontraktów danych</translation>
    </message>
    <message>
        <source>Reading the data contracts</source>
        <translation>Odczyt kontraktów danych</translation>
    </message>
    <message>
        <source>Reading changes</source>
        <translation>Odczytywanie zmian</translation>
    </message>
    <message>
        <source>Reading the changes</source>
        <translation>Odczyt zmian</translation>
    </message>
    <message>
        <source>A change event without entity type or id was left out.</source>
        <translation>Pominięto zdarzenie zmiany bez typu encji lub identyfikatora.</translation>
    </message>
    <message>
        <source>Fetching changed entities</source>
        <translation>Pobieranie zmienionych encji</translation>
    </message>
    <message>
        <source>%1: the endpoint kept sending pages; reading was stopped.</source>
        <translation>%1: punkt końcowy wciąż wysyłał kolejne strony; odczyt przerwano.</translation>
    </message>
    <message>
        <source>%1: the answer has no list &quot;data&quot;.</source>
        <translation>%1: odpowiedź nie zawiera listy „data”.</translation>
    </message>
    <message>
        <source>%1: the endpoint sent the same page cursor twice; reading was stopped.</source>
        <translation>%1: punkt końcowy dwukrotnie wysłał ten sam kursor strony; odczyt przerwano.</translation>
    </message>
    <message>
        <source>A %1 without id or name was left out.</source>
        <translation>Pominięto element typu %1 bez identyfikatora lub nazwy.</translation>
    </message>
    <message>
        <source>%1 came twice; the first was kept.</source>
        <translation>Dwukrotnie otrzymano %1; zachowano pierwsze wystąpienie.</translation>
    </message>
    <message>
        <source>Reading the lineage of %1</source>
        <translation>Odczyt pochodzenia danych %1</translation>
    </message>
    <message>
        <source>A lineage edge of %1 names an unknown entity.</source>
        <translation>Krawędź pochodzenia danych %1 wskazuje nieznaną encję.</translation>
    </message>
    <message>
        <source>Reading the contract %1: %2</source>
        <translation>Odczyt kontraktu %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The contract %1 has %n error(s), such as: %2</source>
        <translation>
            <numerusform>Kontrakt %1 ma %n błąd: %2</numerusform>
            <numerusform>Kontrakt %1 ma %n błędy, na przykład: %2</numerusform>
            <numerusform>Kontrakt %1 ma %n błędów, na przykład: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract %1 was left out: %2</source>
        <translation>Pominięto kontrakt %1: %2</translation>
    </message>
    <message>
        <source>Reading the results of %1</source>
        <translation>Odczyt wyników %1</translation>
    </message>
    <message>
        <source>Fetching %1 %2: %3</source>
        <translation>Pobieranie %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 has no contract &quot;%2&quot; any more; the decision stays in Tessera.</source>
        <translation>Źródło %1 nie ma już kontraktu „%2”; decyzja pozostaje w Tesserze.</translation>
    </message>
    <message>
        <source>%1 refused the review decision on %2: %3</source>
        <translation>Źródło %1 odrzuciło decyzję z przeglądu dotyczącą %2: %3</translation>
    </message>
    <message>
        <source>Approved version %1: %2</source>
        <translation>Zatwierdzono wersję %1: %2</translation>
    </message>
    <message>
        <source>Changes requested on version %1: %2</source>
        <translation>Poproszono o zmiany w wersji %1: %2</translation>
    </message>
    <message>
        <source>The status was set; the comment could not be posted: %1</source>
        <translation>Ustawiono status; nie udało się opublikować komentarza: %1</translation>
    </message>
</context>
<context>
    <name>tessera::Policies</name>
    <message>
        <source>Product &quot;%1&quot; has no owner team</source>
        <translation>Produkt „%1” nie ma zespołu właściciela</translation>
    </message>
    <message>
        <source>Product &quot;%1&quot; is %2 but its input port &quot;%3&quot; uses contract %4 %5, which is %6</source>
        <translation>Produkt „%1” ma status %2, ale jego port wejściowy „%3” używa kontraktu %4 %5 o statusie %6</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; promises no SLA (no slaProperties)</source>
        <translation>Kontrakt „%1” nie obiecuje żadnego SLA (brak slaProperties)</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; names no support channel</source>
        <translation>Kontrakt „%1” nie podaje kanału wsparcia</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; looks like personal data but has no classification</source>
        <translation>Właściwość „%1” wygląda na dane osobowe, ale nie ma klasyfikacji</translation>
    </message>
    <message>
        <source>Primary key column &quot;%1.%2&quot; is neither required nor checked for null values</source>
        <translation>Kolumna klucza głównego „%1.%2” nie jest wymagana (required) ani sprawdzana pod kątem wartości null</translation>
    </message>
    <message>
        <source>Primary key of &quot;%1&quot; (%2) has no uniqueness quality rule</source>
        <translation>Klucz główny „%1” (%2) nie ma reguły jakości sprawdzającej unikalność</translation>
    </message>
    <message numerus="yes">
        <source>Contract &quot;%1&quot; %2 makes %n breaking change(s) since %3 but is not a new major version (expected %4)</source>
        <translation>
            <numerusform>Kontrakt „%1” %2 wprowadza od wersji %3 %n zmianę niezgodną wstecz, ale nie jest nową wersją główną (oczekiwano %4)</numerusform>
            <numerusform>Kontrakt „%1” %2 wprowadza od wersji %3 %n zmiany niezgodne wstecz, ale nie jest nową wersją główną (oczekiwano %4)</numerusform>
            <numerusform>Kontrakt „%1” %2 wprowadza od wersji %3 %n zmian niezgodnych wstecz, ale nie jest nową wersją główną (oczekiwano %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot;</source>
        <translation>Kontrakt „%1”</translation>
    </message>
    <message>
        <source>Schema object &quot;%1&quot;</source>
        <translation>Obiekt schematu „%1”</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot;</source>
        <translation>Właściwość „%1”</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>brak pola %1</translation>
    </message>
    <message>
        <source>%1 must not be set</source>
        <translation>pole %1 nie może być ustawione</translation>
    </message>
    <message>
        <source>%1 must be %2 (is %3)</source>
        <translation>pole %1 musi mieć wartość %2 (obecnie: %3)</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (is %3)</source>
        <translation>pole %1 musi mieć jedną z wartości %2 (obecnie: %3)</translation>
    </message>
    <message>
        <source>%1 must match %2 (is %3)</source>
        <translation>pole %1 musi pasować do %2 (obecnie: %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2</source>
        <translation>nieznany klucz „%1” w %2</translation>
    </message>
    <message>
        <source>unknown severity %1 (use error, warning or info)</source>
        <translation>nieznana ważność %1 (użyj error, warning lub info)</translation>
    </message>
    <message>
        <source>%1 must be a mapping with field and one of present, equals, in or matches</source>
        <translation>%1 musi być mapowaniem z kluczem field i jednym z kluczy present, equals, in lub matches</translation>
    </message>
    <message>
        <source>%1 needs a field (a dotted path, e.g. description.purpose)</source>
        <translation>%1 wymaga klucza field (ścieżki z kropkami, np. description.purpose)</translation>
    </message>
    <message>
        <source>present takes true or false</source>
        <translation>present przyjmuje true lub false</translation>
    </message>
    <message>
        <source>equals takes a single value (text, number or true/false)</source>
        <translation>equals przyjmuje pojedynczą wartość (tekst, liczbę lub true/false)</translation>
    </message>
    <message>
        <source>in takes a list of values</source>
        <translation>in przyjmuje listę wartości</translation>
    </message>
    <message>
        <source>matches takes a regular expression</source>
        <translation>matches przyjmuje wyrażenie regularne</translation>
    </message>
    <message>
        <source>bad regular expression &quot;%1&quot;: %2</source>
        <translation>nieprawidłowe wyrażenie regularne „%1”: %2</translation>
    </message>
    <message>
        <source>%1 says none of present, equals, in or matches</source>
        <translation>%1 nie zawiera żadnego z kluczy present, equals, in ani matches</translation>
    </message>
    <message>
        <source>%1 says more than one of present, equals, in or matches</source>
        <translation>%1 zawiera więcej niż jeden z kluczy present, equals, in lub matches</translation>
    </message>
    <message>
        <source>a policy file is a mapping with policies and rules</source>
        <translation>plik polityk jest mapowaniem z kluczami policies i rules</translation>
    </message>
    <message>
        <source>the policy file</source>
        <translation>pliku polityk</translation>
    </message>
    <message>
        <source>policies is a mapping of built-in policy ids</source>
        <translation>policies jest mapowaniem identyfikatorów wbudowanych polityk</translation>
    </message>
    <message>
        <source>unknown policy &quot;%1&quot;</source>
        <translation>nieznana polityka „%1”</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; takes a mapping with enabled and severity</source>
        <translation>polityka „%1” przyjmuje mapowanie z kluczami enabled i severity</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot;</source>
        <translation>polityce „%1”</translation>
    </message>
    <message>
        <source>enabled takes true or false</source>
        <translation>enabled przyjmuje true lub false</translation>
    </message>
    <message>
        <source>rules is a list of custom rules</source>
        <translation>rules jest listą własnych reguł</translation>
    </message>
    <message>
        <source>a rule is a mapping with id, on and require</source>
        <translation>reguła jest mapowaniem z kluczami id, on i require</translation>
    </message>
    <message>
        <source>a rule</source>
        <translation>regule</translation>
    </message>
    <message>
        <source>a rule needs an id</source>
        <translation>reguła wymaga podania id</translation>
    </message>
    <message>
        <source>rule id &quot;%1&quot; is taken</source>
        <translation>identyfikator reguły „%1” jest już zajęty</translation>
    </message>
    <message>
        <source>%1 takes text</source>
        <translation>%1 przyjmuje tekst</translation>
    </message>
    <message>
        <source>on takes contract, schema or property, not %1</source>
        <translation>on przyjmuje contract, schema lub property, a nie %1</translation>
    </message>
    <message>
        <source>when</source>
        <translation>when</translation>
    </message>
    <message>
        <source>require</source>
        <translation>require</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has no require</source>
        <translation>reguła „%1” nie ma klucza require</translation>
    </message>
    <message>
        <source>Every product has an owner team</source>
        <translation>Każdy produkt ma zespół właściciela</translation>
    </message>
    <message>
        <source>A product nobody owns has nobody to answer questions, fix incidents or approve access.</source>
        <translation>Gdy produkt nie ma właściciela, nie ma kto odpowiadać na pytania, usuwać incydentów ani zatwierdzać dostępu.</translation>
    </message>
    <message>
        <source>Every contract has an SLA and a support channel</source>
        <translation>Każdy kontrakt ma SLA i kanał wsparcia</translation>
    </message>
    <message>
        <source>Consumers need to know what they can rely on and where to ask when it does not hold.</source>
        <translation>Odbiorcy danych muszą wiedzieć, na czym mogą polegać i gdzie pytać, gdy coś nie zostanie dotrzymane.</translation>
    </message>
    <message>
        <source>Personal data is classified</source>
        <translation>Dane osobowe są sklasyfikowane</translation>
    </message>
    <message>
        <source>Columns whose names suggest personal data (email, phone, a person&apos;s name, address, birth date, IBAN, IP address) need a classification so access and retention rules apply.</source>
        <translation>Kolumny, których nazwy wskazują na dane osobowe (e-mail, telefon, imię i nazwisko osoby, adres, data urodzenia, IBAN, adres IP), wymagają klasyfikacji, aby obowiązywały je reguły dostępu i przechowywania.</translation>
    </message>
    <message>
        <source>A breaking change comes with a major version</source>
        <translation>Zmiana niezgodna wstecz wymaga nowej wersji głównej</translation>
    </message>
    <message>
        <source>Consumers pin major versions; a breaking change in a minor or patch release breaks them without warning.</source>
        <translation>Odbiorcy danych przypinają się do wersji głównych; zmiana niezgodna wstecz w wydaniu typu minor lub patch psuje im przetwarzanie bez ostrzeżenia.</translation>
    </message>
    <message>
        <source>Production products do not depend on deprecated or retired contracts</source>
        <translation>Produkty produkcyjne nie zależą od przestarzałych ani wycofanych kontraktów</translation>
    </message>
    <message>
        <source>A deprecated input goes away: the product must move to its successor before it does.</source>
        <translation>Przestarzałe wejście zniknie: produkt musi wcześniej przejść na jego następcę.</translation>
    </message>
    <message>
        <source>Primary keys are checked for uniqueness and nulls</source>
        <translation>Klucze główne są sprawdzane pod kątem unikalności i wartości null</translation>
    </message>
    <message>
        <source>Joins and deduplication downstream rely on keys being unique and never empty; a quality rule makes that promise checked.</source>
        <translation>Złączenia i deduplikacja na dalszych etapach zakładają, że klucze są unikalne i nigdy puste; reguła jakości sprawia, że ta obietnica jest sprawdzana.</translation>
    </message>
    <message>
        <source>contract %1 %2</source>
        <translation>kontrakt %1 %2</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>produkt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message>
        <source>No domain</source>
        <translation>Brak domeny</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domena %1</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) checked</source>
        <translation>
            <numerusform>Sprawdzono %n politykę</numerusform>
            <numerusform>Sprawdzono %n polityki</numerusform>
            <numerusform>Sprawdzono %n polityk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n informacja</numerusform>
            <numerusform>%n informacje</numerusform>
            <numerusform>%n informacji</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping the policy findings</source>
        <translation>Zapisywanie ustaleń polityk</translation>
    </message>
</context>
<context>
    <name>tessera::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Ustawienie systemowe (%1)</translation>
    </message>
    <message>
        <source>Applies after Tessera is restarted. Dates and numbers follow the language&apos;s format.</source>
        <translation>Zmiana zacznie obowiązywać po ponownym uruchomieniu Tessery. Daty i liczby są formatowane zgodnie z wybranym językiem.</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language&apos;s format.</source>
        <translation>Daty i liczby są formatowane zgodnie z wybranym językiem.</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>Plik polityk</translation>
    </message>
    <message>
        <source>None: the built-in policies as they are</source>
        <translation>Brak: wbudowane polityki bez zmian</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <source>Choose the policy file</source>
        <translation>Wybierz plik polityk</translation>
    </message>
    <message>
        <source>Policy files (*.yaml *.yml);;All files (*)</source>
        <translation>Pliki polityk (*.yaml *.yml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Imię i nazwisko recenzenta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Policy file:</source>
        <translation>&amp;Plik polityk:</translation>
    </message>
    <message>
        <source>The organisation&apos;s governance policies (docs/policies.md); checked at once.</source>
        <translation>Polityki zarządzania danymi obowiązujące w organizacji (docs/policies.md); plik jest sprawdzany od razu.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Imię i nazwisko recenzenta:</translation>
    </message>
    <message>
        <source>Signs your decisions in the review queue.</source>
        <translation>Podpis pod Twoimi decyzjami w kolejce przeglądów.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ProductDelegate</name>
    <message>
        <source>found in its contract %1</source>
        <translation>znaleziono w jego kontrakcie %1</translation>
    </message>
    <message>
        <source>found in its dataset %1</source>
        <translation>znaleziono w jego zbiorze danych %1</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA spełnione</translation>
    </message>
    <message>
        <source>SLA breached: %1</source>
        <translation>SLA naruszone: %1</translation>
    </message>
    <message>
        <source>no SLA data</source>
        <translation>brak danych SLA</translation>
    </message>
    <message>
        <source>quality %1%</source>
        <translation>jakość %1%</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>zaktualizowano %1</translation>
    </message>
</context>
<context>
    <name>tessera::ProductListPanel</name>
    <message>
        <source>Search products, datasets, columns…</source>
        <translation>Szukaj produktów, zbiorów danych, kolumn…</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Przeszukaj katalog</translation>
    </message>
    <message>
        <source>Words match names, descriptions, tags, columns, owners and domains; the last one as you type it (Ctrl+F)</source>
        <translation>Słowa pasują do nazw, opisów, tagów, kolumn, właścicieli i domen; ostatnie już podczas pisania (Ctrl+F)</translation>
    </message>
    <message>
        <source>Number of products</source>
        <translation>Liczba produktów</translation>
    </message>
    <message>
        <source>Sort the products by</source>
        <translation>Sortuj produkty według</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Najlepsze dopasowanie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Ostatnio zaktualizowane</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkty</numerusform>
            <numerusform>%n produktów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · searching…</source>
        <translation>%1 · wyszukiwanie…</translation>
    </message>
    <message>
        <source>%1+ products, best first</source>
        <translation>%1+ produktów, najlepsze najpierw</translation>
    </message>
    <message>
        <source>No product matches these filters</source>
        <translation>Żaden produkt nie pasuje do tych filtrów</translation>
    </message>
    <message>
        <source>No product matches &quot;%1&quot;</source>
        <translation>Żaden produkt nie pasuje do „%1”</translation>
    </message>
    <message>
        <source>Try fewer words or filters. Words match names, descriptions, tags, column names, owners and domains; the last word matches as a prefix.</source>
        <translation>Spróbuj mniej słów lub filtrów. Słowa pasują do nazw, opisów, tagów, nazw kolumn, właścicieli i domen; ostatnie słowo także jako początek wyrazu.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Wyczyść wyszukiwanie i filtry</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Jeszcze brak produktów</translation>
    </message>
    <message>
        <source>Add a folder of data contracts and products, or load the demo mesh to look around.</source>
        <translation>Dodaj folder z kontraktami danych i produktami albo wczytaj siatkę demonstracyjną, aby się rozejrzeć.</translation>
    </message>
    <message>
        <source>Add local folder…</source>
        <translation>Dodaj folder lokalny…</translation>
    </message>
    <message>
        <source>Load the demo mesh</source>
        <translation>Wczytaj siatkę demonstracyjną</translation>
    </message>
    <message>
        <source>Catalog unavailable</source>
        <translation>Katalog niedostępny</translation>
    </message>
    <message>
        <source>The catalog cannot be read</source>
        <translation>Nie można odczytać katalogu</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
</context>
<context>
    <name>tessera::ProductPage</name>
    <message>
        <source>met</source>
        <translation>spełnione</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>naruszone</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>brak danych</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>Page of %1</source>
        <translation>Strona: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Wczytywanie %1…</translation>
    </message>
    <message>
        <source>The product &quot;%1&quot; is not in the catalog. It may have been removed from its source, or the link is mistyped.</source>
        <translation>Produktu „%1” nie ma w katalogu. Mógł zostać usunięty ze swojego źródła albo link jest błędny.</translation>
    </message>
    <message>
        <source>Show the products of %1</source>
        <translation>Pokaż produkty: %1</translation>
    </message>
    <message>
        <source>updated %1 from %2</source>
        <translation>zaktualizowano %1 z %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>wersja %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopiuj link</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard; it opens this page in Tessera</source>
        <translation>Kopiuj %1 do schowka; link otwiera tę stronę w Tesserze</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). This page shows the copy cached %3.</source>
        <translation>%1 jest niedostępne (%2). Ta strona pokazuje kopię zapisaną %3.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Informacje</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Ograniczenia</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Użycie</translation>
    </message>
    <message>
        <source>The product has no description yet.</source>
        <translation>Produkt nie ma jeszcze opisu.</translation>
    </message>
    <message>
        <source>Output ports</source>
        <translation>Porty wyjściowe</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Zbiór danych</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Input ports</source>
        <translation>Porty wejściowe</translation>
    </message>
    <message>
        <source>From product</source>
        <translation>Z produktu</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>brak w katalogu</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontrakty</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontrole</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (bieżąca)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>poprawny</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>niepoprawny</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Poziomy usług</translation>
    </message>
    <message>
        <source>No SLA measurements have been recorded for this product.</source>
        <translation>Dla tego produktu nie zarejestrowano pomiarów SLA.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Właściwość</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Ostatni</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Last 30</source>
        <translation>Ostatnie 30</translation>
    </message>
    <message>
        <source>Measured %1</source>
        <translation>Zmierzono %1</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Jakość</translation>
    </message>
    <message>
        <source>%1 of %2 rules passed on their latest run</source>
        <translation>%1 z %2 reguł przeszło przy ostatnim uruchomieniu</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Latest run</source>
        <translation>Ostatnie uruchomienie</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Odsetek sukcesów</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>zaliczone</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>niezaliczone</translation>
    </message>
    <message numerus="yes">
        <source>%1% of %n run(s)</source>
        <translation>
            <numerusform>%1% z %n uruchomienia</numerusform>
            <numerusform>%1% z %n uruchomień</numerusform>
            <numerusform>%1% z %n uruchomień</numerusform>
        </translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Dostęp</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Connection of %1</source>
        <translation>Połączenie %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Kontrakt %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the connection of %1</source>
        <translation>Kopiuj połączenie %1</translation>
    </message>
    <message>
        <source>Team and support</source>
        <translation>Zespół i wsparcie</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Support channels</source>
        <translation>Kanały wsparcia</translation>
    </message>
    <message>
        <source>No team or support channel is named for this product.</source>
        <translation>Dla tego produktu nie podano zespołu ani kanału wsparcia.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Show the products tagged %1</source>
        <translation>Pokaż produkty z tagiem %1</translation>
    </message>
    <message>
        <source>More from %1</source>
        <translation>Więcej od: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>built into Tessera</source>
        <translation>wbudowane w Tesserę</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Last received %1</source>
        <translation>Ostatnio odebrano %1</translation>
    </message>
    <message>
        <source>Show lineage</source>
        <translation>Pokaż pochodzenie danych</translation>
    </message>
    <message>
        <source>Where its data comes from and where it goes, down to columns</source>
        <translation>Skąd pochodzą jego dane i dokąd trafiają, aż do kolumn</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Open this version in the contract designer</source>
        <translation>Otwórz tę wersję w edytorze kontraktów</translation>
    </message>
    <message>
        <source>Policy findings (%1)</source>
        <translation>Ustalenia polityk (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) are errors: the mesh&apos;s policies are not met.</source>
        <translation>
            <numerusform>%n ustalenie jest błędem: polityki siatki nie są spełnione.</numerusform>
            <numerusform>%n ustalenia są błędami: polityki siatki nie są spełnione.</numerusform>
            <numerusform>%n ustaleń to błędy: polityki siatki nie są spełnione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings only: worth a look before the next release.</source>
        <translation>Tylko ostrzeżenia: warto przejrzeć przed następnym wydaniem.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polityka</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ustalenie</translation>
    </message>
    <message>
        <source>this product</source>
        <translation>ten produkt</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Its service levels and quality over time, against their targets</source>
        <translation>Poziomy usług i jakość w czasie na tle ich celów</translation>
    </message>
    <message>
        <source>The contract&apos;s service levels and quality over time, against their targets</source>
        <translation>Poziomy usług i jakość kontraktu w czasie, w odniesieniu do celów</translation>
    </message>
</context>
<context>
    <name>tessera::QuickOpen</name>
    <message>
        <source>product</source>
        <translation>produkt</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>kontrakt</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>zbiór danych</translation>
    </message>
    <message>
        <source>column</source>
        <translation>kolumna</translation>
    </message>
    <message>
        <source>Quick open</source>
        <translation>Szybkie otwieranie</translation>
    </message>
    <message>
        <source>Go to a product, dataset, contract or column…</source>
        <translation>Przejdź do produktu, zbioru danych, kontraktu lub kolumny…</translation>
    </message>
    <message>
        <source>Quick open: what to go to</source>
        <translation>Szybkie otwieranie: dokąd przejść</translation>
    </message>
    <message>
        <source>Quick open results</source>
        <translation>Wyniki szybkiego otwierania</translation>
    </message>
    <message>
        <source>Type to search the whole mesh · ↑↓ to move · Enter to open · Esc to close</source>
        <translation>Pisz, aby przeszukać całą siatkę · ↑↓ przechodzi · Enter otwiera · Esc zamyka</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Enter opens the selected one</source>
        <translation>
            <numerusform>%n wynik · Enter otwiera wybrany</numerusform>
            <numerusform>%n wyniki · Enter otwiera wybrany</numerusform>
            <numerusform>%n wyników · Enter otwiera wybrany</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the catalog matches &quot;%1&quot;</source>
        <translation>Nic w katalogu nie pasuje do „%1”</translation>
    </message>
</context>
<context>
    <name>tessera::ReportWriter</name>
    <message>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ostrzeżenie</translation>
    </message>
    <message>
        <source>info</source>
        <translation>informacja</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zmieniono</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>Sprawdzono %n plik</numerusform>
            <numerusform>Sprawdzono %n pliki</numerusform>
            <numerusform>Sprawdzono %n plików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n nieprawidłowy</numerusform>
            <numerusform>%n nieprawidłowe</numerusform>
            <numerusform>%n nieprawidłowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes between %1 and %2</source>
        <translation>Brak zmian między %1 a %2</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Zmiany od %1 do %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>breaking</source>
        <translation>łamie zgodność</translation>
    </message>
    <message>
        <source>not breaking</source>
        <translation>nie łamie zgodności</translation>
    </message>
    <message>
        <source>Suggested version: %1 (%2 change from %3)</source>
        <translation>Proponowana wersja: %1 (zmiana typu %2 względem %3)</translation>
    </message>
    <message>
        <source>The new contract declares version %1, which is lower than that</source>
        <translation>Nowy kontrakt deklaruje wersję %1, która jest niższa</translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n informacja</numerusform>
            <numerusform>%n informacje</numerusform>
            <numerusform>%n informacji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Review</name>
    <message>
        <source>Keeping the review decision on %1 %2</source>
        <translation>Zapisywanie decyzji z przeglądu dla %1 %2</translation>
    </message>
    <message>
        <source>%1: the store has no version %2 of this contract any more.</source>
        <translation>%1: w bazie danych nie ma już wersji %2 tego kontraktu.</translation>
    </message>
    <message>
        <source>Noting where the review decision went</source>
        <translation>Zapisywanie, dokąd wysłano decyzję z przeglądu</translation>
    </message>
</context>
<context>
    <name>tessera::ReviewQueuePage</name>
    <message>
        <source>approved</source>
        <translation>zatwierdzona</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>poproszono o zmiany</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Kolejka przeglądów</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Odczytywanie kolejki…</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontrole</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>Policy findings</source>
        <translation>Ustalenia polityk</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polityka</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ustalenie</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the designer at the field</source>
        <translation>Kliknij dwukrotnie lub naciśnij Enter, aby otworzyć edytor przy tym polu</translation>
    </message>
    <message>
        <source>Downstream impact</source>
        <translation>Wpływ na odbiorców</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Dotknięte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Odległość</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the product or dataset</source>
        <translation>Kliknij dwukrotnie lub naciśnij Enter, aby otworzyć produkt lub zbiór danych</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Recenzent</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>&amp;Recenzent:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>What you checked, or what should change before this goes live</source>
        <translation>Co sprawdzono albo co powinno się zmienić przed wdrożeniem</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Komentarz:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Zatwierdź</translation>
    </message>
    <message>
        <source>Approve this version (Ctrl+Return)</source>
        <translation>Zatwierdź tę wersję (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Request changes</source>
        <translation>&amp;Poproś o zmiany</translation>
    </message>
    <message>
        <source>Send the version back to its owner; the comment says what should change</source>
        <translation>Odeślij wersję do jej właściciela; komentarz określa, co ma się zmienić</translation>
    </message>
    <message>
        <source>The selected contract version</source>
        <translation>Wybrana wersja kontraktu</translation>
    </message>
    <message>
        <source>Contracts published with the status &quot;proposed&quot; wait here for a governance review.</source>
        <translation>Kontrakty opublikowane ze statusem „proposed” czekają tutaj na przegląd pod kątem zarządzania danymi.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%n oczekuje na przegląd</numerusform>
            <numerusform>%n oczekują na przegląd</numerusform>
            <numerusform>%n oczekuje na przegląd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n rozstrzygnięta</numerusform>
            <numerusform>%n rozstrzygnięte</numerusform>
            <numerusform>%n rozstrzygniętych</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation>Kolejka przeglądów (%1)</translation>
    </message>
    <message>
        <source>Waiting for review (%1)</source>
        <translation>Oczekujące na przegląd (%1)</translation>
    </message>
    <message>
        <source>Decided (%1)</source>
        <translation>Rozstrzygnięte (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source>revised</source>
        <translation>zmieniona</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>brak ustaleń</translation>
    </message>
    <message>
        <source>%1 %2 from %3, in the store since %4</source>
        <translation>%1 %2 z %3, w bazie danych od %4</translation>
    </message>
    <message>
        <source>Nothing waits for review.

When a data product owner publishes a contract version with the status &quot;proposed&quot; (or &quot;In Review&quot; in OpenMetadata), it appears here with its changes, its policy findings and the products it would affect downstream.</source>
        <translation>Nic nie czeka na przegląd.

Gdy właściciel produktu danych opublikuje wersję kontraktu ze statusem „proposed” (lub „In Review” w OpenMetadata), pojawi się ona tutaj wraz ze swoimi zmianami, ustaleniami polityk i produktami odbiorców, na które by wpłynęła.</translation>
    </message>
    <message>
        <source>Nothing waits for review. Pick a decided version on the left to see it again.</source>
        <translation>Nic nie czeka na przegląd. Wybierz rozstrzygniętą wersję po lewej stronie, aby ponownie ją obejrzeć.</translation>
    </message>
    <message>
        <source>This contract version is no longer in the catalog.</source>
        <translation>Tej wersji kontraktu nie ma już w katalogu.</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>domena %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>właściciel %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>z %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>zgłoszono %1</translation>
    </message>
    <message>
        <source>Open in the designer</source>
        <translation>Otwórz w edytorze</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>A new contract: nothing depends on it yet.</source>
        <translation>Nowy kontrakt: nic jeszcze od niego nie zależy.</translation>
    </message>
    <message>
        <source>Replaces %1: %2</source>
        <translation>Zastępuje %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n schema error(s)</source>
        <translation>
            <numerusform>%n błąd schematu</numerusform>
            <numerusform>%n błędy schematu</numerusform>
            <numerusform>%n błędów schematu</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents (%1)</source>
        <translation>Zawartość (%1)</translation>
    </message>
    <message>
        <source>Changes against %1 (%2)</source>
        <translation>Zmiany względem %1 (%2)</translation>
    </message>
    <message>
        <source>Policy findings (%1)</source>
        <translation>Ustalenia polityk (%1)</translation>
    </message>
    <message>
        <source>The organisation&apos;s policies find nothing here.</source>
        <translation>Polityki organizacji niczego tu nie wykazują.</translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation>Zbiór danych %1</translation>
    </message>
    <message>
        <source>reads it directly</source>
        <translation>odczytuje bezpośrednio</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) downstream</source>
        <translation>
            <numerusform>%n krok w stronę odbiorców</numerusform>
            <numerusform>%n kroki w stronę odbiorców</numerusform>
            <numerusform>%n kroków w stronę odbiorców</numerusform>
        </translation>
    </message>
    <message>
        <source>Downstream impact (%1)</source>
        <translation>Wpływ na odbiorców (%1)</translation>
    </message>
    <message>
        <source>No breaking change: consumers downstream keep working.</source>
        <translation>Brak zmian niezgodnych wstecz: odbiorcy nadal działają.</translation>
    </message>
    <message>
        <source>Breaking, but nothing in the catalog reads this contract&apos;s data.</source>
        <translation>Zmiana niezgodna wstecz, ale nic w katalogu nie odczytuje danych tego kontraktu.</translation>
    </message>
    <message numerus="yes">
        <source>The breaking changes reach %n product(s) downstream; tell their owners: %1.</source>
        <translation>
            <numerusform>Zmiany niezgodne wstecz docierają do %n produktu po stronie odbiorców; powiadom właścicieli: %1.</numerusform>
            <numerusform>Zmiany niezgodne wstecz docierają do %n produktów po stronie odbiorców; powiadom właścicieli: %1.</numerusform>
            <numerusform>Zmiany niezgodne wstecz docierają do %n produktów po stronie odbiorców; powiadom właścicieli: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>none named</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>nieznany recenzent</translation>
    </message>
    <message>
        <source>sent to %1 with the next sync</source>
        <translation>zostanie wysłana do %1 przy następnej synchronizacji</translation>
    </message>
    <message>
        <source>last try: %1</source>
        <translation>ostatnia próba: %1</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>wysłano do %1</translation>
    </message>
    <message>
        <source>%1 refused it: %2</source>
        <translation>źródło %1 odrzuciło ją: %2</translation>
    </message>
    <message>
        <source>kept in Tessera</source>
        <translation>zapisana w Tesserze</translation>
    </message>
    <message>
        <source>Revised since the last decision: it waits for a new one.</source>
        <translation>Zmieniona od ostatniej decyzji: czeka na nową.</translation>
    </message>
    <message>
        <source>The decision is kept in Tessera at once, also offline, and sets the contract&apos;s status in %1 with the next sync.</source>
        <translation>Decyzja jest od razu zapisywana w Tesserze, także offline, a przy następnej synchronizacji ustawia status kontraktu w %1.</translation>
    </message>
    <message>
        <source>The decision is kept in Tessera; %1 does not take review decisions, so tell the owner, who publishes the approved version as active.</source>
        <translation>Decyzja jest zapisywana w Tesserze; źródło %1 nie przyjmuje decyzji z przeglądu, więc powiadom właściciela, który opublikuje zatwierdzoną wersję jako aktywną.</translation>
    </message>
    <message>
        <source>&amp;Approve again</source>
        <translation>&amp;Zatwierdź ponownie</translation>
    </message>
    <message>
        <source>&amp;Request changes again</source>
        <translation>&amp;Poproś ponownie o zmiany</translation>
    </message>
    <message>
        <source>Say in the comment what should change.</source>
        <translation>Napisz w komentarzu, co powinno się zmienić.</translation>
    </message>
    <message>
        <source>Keeping the decision…</source>
        <translation>Zapisywanie decyzji…</translation>
    </message>
    <message>
        <source>The store cannot be opened.</source>
        <translation>Nie można otworzyć bazy danych.</translation>
    </message>
    <message>
        <source>Pick a contract version on the left to review it.</source>
        <translation>Wybierz wersję kontraktu po lewej, aby ją przejrzeć.</translation>
    </message>
</context>
<context>
    <name>tessera::SchemaValidator</name>
    <message>
        <source>The JSON Schema cannot be used: %1</source>
        <translation>Nie można użyć schematu JSON: %1</translation>
    </message>
    <message>
        <source>Unknown property &quot;%1&quot;: the standard does not define it here</source>
        <translation>Nieznana właściwość „%1”: standard jej tutaj nie definiuje</translation>
    </message>
    <message>
        <source>(did you mean &quot;%1&quot;?)</source>
        <translation>(czy chodziło o „%1”?)</translation>
    </message>
    <message>
        <source>(custom fields belong in customProperties)</source>
        <translation>(własne pola należą do customProperties)</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; is not allowed here</source>
        <translation>Właściwość „%1” nie jest tutaj dozwolona</translation>
    </message>
    <message>
        <source>No alternative of &quot;%1&quot; fits: each has properties it does not define</source>
        <translation>Żadna z alternatyw „%1” nie pasuje: każda zawiera właściwości, których nie definiuje</translation>
    </message>
    <message>
        <source>(the standard uses it elsewhere, not at this place)</source>
        <translation>(standard używa go gdzie indziej, nie w tym miejscu)</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>tekst „%1”</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>liczba %1</translation>
    </message>
    <message>
        <source>the value %1</source>
        <translation>wartość %1</translation>
    </message>
    <message>
        <source>an empty value (null)</source>
        <translation>pusta wartość (null)</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>mapowanie</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>Missing required property &quot;%1&quot;</source>
        <translation>Brak wymaganej właściwości „%1”</translation>
    </message>
    <message>
        <source>Wrong type: found %1</source>
        <translation>Nieprawidłowy typ: znaleziono %1</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values</source>
        <translation>%1 nie jest jedną z dozwolonych wartości</translation>
    </message>
    <message>
        <source>%1 is not the value required here</source>
        <translation>%1 nie jest wartością wymaganą w tym miejscu</translation>
    </message>
    <message>
        <source>%1 does not have the required form</source>
        <translation>%1 nie ma wymaganej postaci</translation>
    </message>
    <message>
        <source>Needs one of: %1</source>
        <translation>Wymaga jednej z: %1</translation>
    </message>
    <message>
        <source>Wrong type: found %1, expected %2</source>
        <translation>Niewłaściwy typ: znaleziono %1, oczekiwano %2</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values: %2</source>
        <translation>%1 nie jest jedną z dozwolonych wartości: %2</translation>
    </message>
    <message>
        <source>%1 is not the value required here (%2)</source>
        <translation>%1 nie jest wartością wymaganą w tym miejscu (%2)</translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2</source>
        <translation>%1 jest poniżej minimum %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2</source>
        <translation>%1 jest powyżej maksimum %2</translation>
    </message>
    <message>
        <source>%1 must be greater than %2</source>
        <translation>%1 musi być większe niż %2</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 musi być mniejsze niż %2</translation>
    </message>
    <message>
        <source>%1 is not a multiple of %2</source>
        <translation>%1 nie jest wielokrotnością %2</translation>
    </message>
    <message>
        <source>%1 is too short</source>
        <translation>%1 jest za krótki</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>%1 jest za długi</translation>
    </message>
    <message>
        <source>The list has too few items</source>
        <translation>Lista ma za mało elementów</translation>
    </message>
    <message>
        <source>The list has too many items</source>
        <translation>Lista ma za dużo elementów</translation>
    </message>
    <message>
        <source>The list has the same item more than once</source>
        <translation>Lista zawiera ten sam element więcej niż raz</translation>
    </message>
    <message>
        <source>The list has no item of the kind required here</source>
        <translation>Lista nie ma elementu wymaganego tu rodzaju</translation>
    </message>
    <message>
        <source>The mapping has too few entries</source>
        <translation>Mapowanie ma za mało wpisów</translation>
    </message>
    <message>
        <source>The mapping has too many entries</source>
        <translation>Mapowanie ma za dużo wpisów</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; is required when &quot;%2&quot; is present</source>
        <translation>Właściwość „%1” jest wymagana, gdy występuje „%2”</translation>
    </message>
    <message>
        <source>The property name &quot;%1&quot; is not allowed</source>
        <translation>Nazwa właściwości „%1” jest niedozwolona</translation>
    </message>
    <message>
        <source>%1 is not allowed here</source>
        <translation>%1 jest tu niedozwolone</translation>
    </message>
    <message>
        <source>%1 fits more than one of the alternatives, where exactly one must fit</source>
        <translation>%1 pasuje do więcej niż jednej alternatywy, a musi pasować dokładnie jedna</translation>
    </message>
    <message>
        <source>The schema refers to itself without end here</source>
        <translation>Schemat odwołuje się tu do siebie bez końca</translation>
    </message>
    <message>
        <source>Does not match the standard&apos;s &quot;%1&quot; rule here</source>
        <translation>Nie spełnia tu reguły „%1” standardu</translation>
    </message>
</context>
<context>
    <name>tessera::SemanticRules</name>
    <message>
        <source>Version &quot;%1&quot; is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)</source>
        <translation>Wersja „%1” nie jest wersją semantyczną (MAJOR.MINOR.PATCH, np. 1.2.0)</translation>
    </message>
    <message>
        <source>Schema object &quot;%1&quot; is defined twice (first at schema[%2])</source>
        <translation>Obiekt schematu „%1” jest zdefiniowany dwukrotnie (po raz pierwszy w schema[%2])</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; appears twice in &quot;%2&quot;</source>
        <translation>Właściwość „%1” występuje dwukrotnie w „%2”</translation>
    </message>
    <message>
        <source>Primary key position %1 is used twice in &quot;%2&quot;</source>
        <translation>Pozycja klucza głównego %1 jest użyta dwukrotnie w „%2”</translation>
    </message>
    <message>
        <source>Primary key positions in &quot;%1&quot; skip from %2 to %3</source>
        <translation>Pozycje klucza głównego w „%1” przeskakują z %2 na %3</translation>
    </message>
    <message>
        <source>Quality rule &quot;%1&quot; has no operator (mustBe, mustBeGreaterThan, mustBeBetween, ...)</source>
        <translation>Reguła jakości „%1” nie ma operatora (mustBe, mustBeGreaterThan, mustBeBetween, ...)</translation>
    </message>
    <message>
        <source>Quality rule &quot;%1&quot; has %2 operators (%3); use exactly one</source>
        <translation>Reguła jakości „%1” ma za dużo operatorów (%3, łącznie %2); użyj dokładnie jednego</translation>
    </message>
    <message>
        <source>Relationship points at &quot;%1&quot;, but that property does not exist</source>
        <translation>Relacja wskazuje na „%1”, ale taka właściwość nie istnieje</translation>
    </message>
    <message>
        <source>Relationship points at &quot;%1&quot;, a schema object outside this contract</source>
        <translation>Relacja wskazuje na „%1”, obiekt schematu spoza tego kontraktu</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; is %2 %, outside 0–100 %</source>
        <translation>SLA „%1” wynosi %2 %, poza zakresem 0–100 %</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; has unit &quot;%2&quot;, which is not a time unit (use d, h, m, s, ms, y, ...)</source>
        <translation>SLA „%1” ma jednostkę „%2”, która nie jest jednostką czasu (użyj d, h, m, s, ms, y, ...)</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; is negative (%2)</source>
        <translation>SLA „%1” jest ujemne (%2)</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; should be a number with a unit, not the text &quot;%2&quot;</source>
        <translation>SLA „%1” powinno być liczbą z jednostką, a nie tekstem „%2”</translation>
    </message>
    <message>
        <source>Team member %1 has no username</source>
        <translation>Członek zespołu %1 nie ma nazwy użytkownika</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is defined twice (first at servers[%2])</source>
        <translation>Serwer „%1” jest zdefiniowany dwukrotnie (po raz pierwszy w servers[%2])</translation>
    </message>
    <message>
        <source>Two schema objects have the same name</source>
        <translation>Dwa obiekty schematu mają tę samą nazwę</translation>
    </message>
    <message>
        <source>Two properties of one object have the same name</source>
        <translation>Dwie właściwości jednego obiektu mają tę samą nazwę</translation>
    </message>
    <message>
        <source>Two properties of one object have the same primaryKeyPosition</source>
        <translation>Dwie właściwości jednego obiektu mają tę samą wartość primaryKeyPosition</translation>
    </message>
    <message>
        <source>primaryKeyPosition values do not count 1, 2, 3, ...</source>
        <translation>Wartości primaryKeyPosition nie są kolejnymi liczbami 1, 2, 3, ...</translation>
    </message>
    <message>
        <source>A library or SQL quality rule has no operator, or more than one</source>
        <translation>Reguła jakości typu library lub SQL nie ma operatora albo ma więcej niż jeden</translation>
    </message>
    <message>
        <source>An availability or percentage SLA lies outside 0–100 %</source>
        <translation>SLA dostępności lub procentowe leży poza zakresem 0–100 %</translation>
    </message>
    <message>
        <source>A duration SLA (latency, retention, frequency, ...) has no time unit</source>
        <translation>SLA czasu trwania (opóźnienie, retencja, częstotliwość, ...) nie ma jednostki czasu</translation>
    </message>
    <message>
        <source>A duration SLA is negative</source>
        <translation>SLA czasu trwania jest ujemne</translation>
    </message>
    <message>
        <source>A duration SLA is text rather than a number</source>
        <translation>SLA czasu trwania jest tekstem, a nie liczbą</translation>
    </message>
    <message>
        <source>The contract version is not a semantic version</source>
        <translation>Wersja kontraktu nie jest wersją semantyczną</translation>
    </message>
    <message>
        <source>A team member has no username</source>
        <translation>Członek zespołu nie ma nazwy użytkownika</translation>
    </message>
    <message>
        <source>A relationship points at a property that does not exist in its schema object</source>
        <translation>Relacja wskazuje na właściwość, która nie istnieje w jej obiekcie schematu</translation>
    </message>
    <message>
        <source>A relationship points at a schema object outside this contract</source>
        <translation>Relacja wskazuje na obiekt schematu spoza tego kontraktu</translation>
    </message>
    <message>
        <source>Two servers have the same name</source>
        <translation>Dwa serwery mają tę samą nazwę</translation>
    </message>
</context>
<context>
    <name>tessera::Sidebar</name>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Panel boczny</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domeny</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <source>%1 section</source>
        <translation>Sekcja %1</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>rozwinięta</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>zwinięta</translation>
    </message>
    <message>
        <source>importing…</source>
        <translation>importowanie…</translation>
    </message>
    <message>
        <source>offline, cached %1</source>
        <translation>offline, zapisano %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkty</numerusform>
            <numerusform>%n produktów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2
Last read %3</source>
        <translation>%1
%2
Ostatnio odczytano %3</translation>
    </message>
    <message>
        <source>built into Tessera</source>
        <translation>wbudowane w Tesserę</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>Jeszcze brak źródeł</translation>
    </message>
</context>
<context>
    <name>tessera::SourceDocument</name>
    <message>
        <source>Is a folder, not a file</source>
        <translation>To jest folder, a nie plik</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Nie można otworzyć pliku: %1</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; contracts are limited to %2 MB)</source>
        <translation>Plik jest za duży (%1 MB; limit dla kontraktów to %2 MB)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>The text is too large (%1 MB; contracts are limited to %2 MB)</source>
        <translation>Tekst jest za duży (%1 MB; limit dla kontraktów to %2 MB)</translation>
    </message>
    <message>
        <source>This is a binary file, not YAML or JSON text (byte 0x%1 at offset %2)</source>
        <translation>To jest plik binarny, a nie tekst YAML lub JSON (bajt 0x%1 na pozycji %2)</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Plik jest pusty</translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep</source>
        <translation>Dokument jest zagnieżdżony zbyt głęboko (limit: %1)</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Nieprawidłowy JSON: %1</translation>
    </message>
</context>
<context>
    <name>tessera::SourceStatus</name>
    <message>
        <source>%1 · importing…</source>
        <translation>%1 · importowanie…</translation>
    </message>
    <message>
        <source>%1 · offline, cached %2</source>
        <translation>%1 · offline, zapisano %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkty</numerusform>
            <numerusform>%n produktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>built into Tessera</source>
        <translation>wbudowane w Tesserę</translation>
    </message>
    <message>
        <source>%1
%2
Last read %3 (%4)</source>
        <translation>%1
%2
Ostatnio odczytano %3 (%4)</translation>
    </message>
    <message>
        <source>Last read %1</source>
        <translation>Ostatnio odczytano %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n kontrakt</numerusform>
            <numerusform>%n kontrakty</numerusform>
            <numerusform>%n kontraktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Show its products</source>
        <translation>Pokaż jego produkty</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Zaimportuj ponownie</translation>
    </message>
    <message>
        <source>%1 · syncing…</source>
        <translation>%1 · synchronizowanie…</translation>
    </message>
    <message>
        <source>%1 · offline</source>
        <translation>%1 · offline</translation>
    </message>
    <message>
        <source>%1 · sync failed</source>
        <translation>%1 · synchronizacja nieudana</translation>
    </message>
    <message>
        <source>%1 · conflict</source>
        <translation>%1 · konflikt</translation>
    </message>
    <message>
        <source>%1 · not synced yet</source>
        <translation>%1 · jeszcze nie zsynchronizowano</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nigdy nie zsynchronizowano</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>Offline — cached data stays browsable. %1.</source>
        <translation>Offline — dane z pamięci podręcznej można nadal przeglądać. %1.</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Ostatnia synchronizacja nie powiodła się: %1</translation>
    </message>
    <message>
        <source>A change you published met a newer version: %1</source>
        <translation>Opublikowana zmiana natrafiła na nowszą wersję: %1</translation>
    </message>
    <message>
        <source>The last sync was cancelled. %1.</source>
        <translation>Ostatnią synchronizację anulowano. %1.</translation>
    </message>
    <message>
        <source>%1 (%2)
%3
%4</source>
        <translation>%1 (%2)
%3
%4</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Zsynchronizowano %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Połączenia…</translation>
    </message>
</context>
<context>
    <name>tessera::Sparkline</name>
    <message numerus="yes">
        <source>Last %n value(s): from %1 to %2, latest %3</source>
        <translation>
            <numerusform>Ostatnia wartość: %3 (od %1 do %2)</numerusform>
            <numerusform>Ostatnie %n wartości: od %1 do %2, ostatnia %3</numerusform>
            <numerusform>Ostatnie %n wartości: od %1 do %2, ostatnia %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Store</name>
    <message>
        <source>The store cannot be opened</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>The store was written by a newer Tessera</source>
        <translation>Baza danych została zapisana przez nowszą wersję Tessery</translation>
    </message>
    <message>
        <source>The store is in use by another program</source>
        <translation>Baza danych jest używana przez inny program</translation>
    </message>
    <message>
        <source>The store cannot be written</source>
        <translation>Nie można zapisywać w bazie danych</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Dysk jest pełny</translation>
    </message>
    <message>
        <source>The store reported an error</source>
        <translation>Baza danych zgłosiła błąd</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing was changed; free some space and try again.</source>
        <translation>Niczego nie zmieniono; zwolnij miejsce na dysku i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the store</source>
        <translation>Nie można utworzyć folderu %1 dla bazy danych</translation>
    </message>
    <message>
        <source>There is no store at %1 yet; import a source first</source>
        <translation>Pod ścieżką %1 nie ma jeszcze bazy danych; najpierw zaimportuj źródło</translation>
    </message>
    <message>
        <source>%1 is not a Tessera store (damaged or another kind of file)</source>
        <translation>%1 nie jest bazą danych Tessery (plik jest uszkodzony lub innego rodzaju)</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be moved aside; nothing was changed</source>
        <translation>Plik %1 jest uszkodzony i nie udało się go zachować pod inną nazwą; niczego nie zmieniono</translation>
    </message>
    <message>
        <source>The store %1 was damaged. It was kept as %2 and a new, empty store was begun.</source>
        <translation>Baza danych %1 była uszkodzona. Zachowano ją jako %2 i utworzono nową, pustą bazę danych.</translation>
    </message>
    <message>
        <source>%1 is truncated and could not be replaced; nothing was changed</source>
        <translation>Plik %1 jest obcięty i nie udało się go zastąpić; niczego nie zmieniono</translation>
    </message>
    <message>
        <source>The store %1 was truncated. It was kept as %2 and a new, empty store was begun.</source>
        <translation>Baza danych %1 była obcięta. Zachowano ją jako %2 i utworzono nową, pustą bazę danych.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tessera (store version %2, this one reads %3). It was left untouched; update Tessera to open it.</source>
        <translation>Plik %1 został zapisany przez nowszą wersję Tessery (wersja bazy danych %2, ta wersja odczytuje %3). Pozostawiono go bez zmian; zaktualizuj Tesserę, aby go otworzyć.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, which a read-only open cannot do</source>
        <translation>Plik %1 wymaga aktualizacji, której nie można wykonać przy otwarciu tylko do odczytu</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build</source>
        <translation>W tej kompilacji brakuje migracji %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to version %2</source>
        <translation>Aktualizacja %1 do wersji %2</translation>
    </message>
    <message>
        <source>Adding the source %1</source>
        <translation>Dodawanie źródła %1</translation>
    </message>
    <message>
        <source>Importing into %1</source>
        <translation>Importowanie do %1</translation>
    </message>
    <message>
        <source>Close the other Tessera window or stop the other tessera-cli command, then try again.</source>
        <translation>Zamknij drugie okno Tessery lub zatrzymaj drugie polecenie tessera-cli, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>Baza danych jest uszkodzona</translation>
    </message>
    <message>
        <source>%1 cannot be searched: this SQLite has no full-text search (FTS5)</source>
        <translation>Nie można przeszukać %1: ten SQLite nie ma wyszukiwania pełnotekstowego (FTS5)</translation>
    </message>
    <message>
        <source>The store %1 is on a read-only disk or in a read-only file. It was left untouched; it can only be read (for example with tessera-cli search).</source>
        <translation>Magazyn %1 znajduje się na dysku tylko do odczytu lub w pliku tylko do odczytu. Pozostał nietknięty; można go tylko czytać (na przykład poleceniem tessera-cli search).</translation>
    </message>
    <message>
        <source>Saving the draft of %1</source>
        <translation>Zapisywanie szkicu %1</translation>
    </message>
    <message>
        <source>Closing a draft</source>
        <translation>Zamykanie szkicu</translation>
    </message>
    <message>
        <source>Keeping a version of %1</source>
        <translation>Zachowywanie wersji %1</translation>
    </message>
    <message>
        <source>Queueing a change for a catalog</source>
        <translation>Dodawanie zmiany do kolejki katalogu</translation>
    </message>
    <message>
        <source>There is a source called &quot;%1&quot; already.</source>
        <translation>Źródło o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; reads %2 already.</source>
        <translation>Źródło „%1” już odczytuje %2.</translation>
    </message>
    <message>
        <source>Changing the source %1</source>
        <translation>Zmienianie źródła %1</translation>
    </message>
    <message>
        <source>Recording a sync</source>
        <translation>Zapisywanie synchronizacji</translation>
    </message>
    <message>
        <source>Removing a sent change</source>
        <translation>Usuwanie wysłanej zmiany</translation>
    </message>
    <message>
        <source>Recording a failed send</source>
        <translation>Zapisywanie nieudanej próby wysłania</translation>
    </message>
    <message>
        <source>Removing the source %1</source>
        <translation>Usuwanie źródła %1</translation>
    </message>
</context>
<context>
    <name>tessera::Style</name>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proponowany</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>przestarzały</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>wycofany</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięty</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minutę temu</numerusform>
            <numerusform>%n minuty temu</numerusform>
            <numerusform>%n minut temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n godzinę temu</numerusform>
            <numerusform>%n godziny temu</numerusform>
            <numerusform>%n godzin temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n miesiąc temu</numerusform>
            <numerusform>%n miesiące temu</numerusform>
            <numerusform>%n miesięcy temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n rok temu</numerusform>
            <numerusform>%n lata temu</numerusform>
            <numerusform>%n lat temu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::SyncEngine</name>
    <message>
        <source>There is no source called &quot;%1&quot;.</source>
        <translation>Nie ma źródła o nazwie „%1”.</translation>
    </message>
    <message>
        <source>Reading the folder</source>
        <translation>Odczytywanie folderu</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read again</source>
        <translation>
            <numerusform>Ponownie odczytano %n plik</numerusform>
            <numerusform>Ponownie odczytano %n pliki</numerusform>
            <numerusform>Ponownie odczytano %n plików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n problem</numerusform>
            <numerusform>%1: %n problemy</numerusform>
            <numerusform>%1: %n problemów</numerusform>
        </translation>
    </message>
    <message>
        <source>Tessera cannot read sources of the kind &quot;%1&quot;.</source>
        <translation>Tessera nie potrafi odczytywać źródeł rodzaju „%1”.</translation>
    </message>
    <message>
        <source>%1 sent an answer Tessera cannot read (%2).</source>
        <translation>Z %1 nadeszła odpowiedź, której Tessera nie potrafi odczytać (%2).</translation>
    </message>
    <message>
        <source>%1 What was synced before stays browsable.</source>
        <translation>%1 Wcześniej zsynchronizowane dane można nadal przeglądać.</translation>
    </message>
    <message numerus="yes">
        <source>, %n contract(s) sent</source>
        <translation>
            <numerusform>, wysłano %n kontrakt</numerusform>
            <numerusform>, wysłano %n kontrakty</numerusform>
            <numerusform>, wysłano %n kontraktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s) to resolve</source>
        <translation>
            <numerusform>, %n konflikt do rozwiązania</numerusform>
            <numerusform>, %n konflikty do rozwiązania</numerusform>
            <numerusform>, %n konfliktów do rozwiązania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n contract(s) not sent</source>
        <translation>
            <numerusform>, nie wysłano %n kontraktu</numerusform>
            <numerusform>, nie wysłano %n kontraktów</numerusform>
            <numerusform>, nie wysłano %n kontraktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s) noted</source>
        <translation>
            <numerusform>, odnotowano %n problem</numerusform>
            <numerusform>, odnotowano %n problemy</numerusform>
            <numerusform>, odnotowano %n problemów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not accept contracts.</source>
        <translation>%1 nie przyjmuje kontraktów.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n changed entity(s) kept.</source>
        <translation>
            <numerusform>Anulowano; zachowano %n zmienioną encję.</numerusform>
            <numerusform>Anulowano; zachowano %n zmienione encje.</numerusform>
            <numerusform>Anulowano; zachowano %n zmienionych encji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s) new or changed</source>
        <translation>
            <numerusform>%n encja nowa lub zmieniona</numerusform>
            <numerusform>%n encje nowe lub zmienione</numerusform>
            <numerusform>%n encji nowych lub zmienionych</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktualne</translation>
    </message>
    <message>
        <source>%1 is not there; what was read from it before stays browsable.</source>
        <translation>%1 nie istnieje; dane odczytane z tego miejsca wcześniej można nadal przeglądać.</translation>
    </message>
    <message numerus="yes">
        <source>, %n review decision(s) sent</source>
        <translation>
            <numerusform>, wysłano %n decyzję z przeglądu</numerusform>
            <numerusform>, wysłano %n decyzje z przeglądu</numerusform>
            <numerusform>, wysłano %n decyzji z przeglądu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n review decision(s) not sent</source>
        <translation>
            <numerusform>, nie wysłano %n decyzji z przeglądu</numerusform>
            <numerusform>, nie wysłano %n decyzji z przeglądu</numerusform>
            <numerusform>, nie wysłano %n decyzji z przeglądu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::TokenDialog</name>
    <message>
        <source>Token for %1</source>
        <translation>Token dla %1</translation>
    </message>
    <message>
        <source>%1 asks for a token</source>
        <translation>Źródło %1 wymaga tokenu</translation>
    </message>
    <message>
        <source>%1 refused the sync without a token, and there is no keychain to read one from: %2

The token you enter is kept in memory only, until Tessera quits; Tessera asks again on the next start.</source>
        <translation>Źródło %1 odrzuciło synchronizację bez tokenu, a nie ma pęku kluczy, z którego można by go odczytać: %2

Wprowadzony token jest przechowywany tylko w pamięci, do zamknięcia Tessery; przy następnym uruchomieniu Tessera zapyta ponownie.</translation>
    </message>
    <message>
        <source>Bearer token or personal access token</source>
        <translation>Token typu Bearer lub osobisty token dostępu</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Sync with this token</source>
        <translation>Synchronizuj z tym tokenem</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
</context>
<context>
    <name>tessera::YamlReader</name>
    <message>
        <source>A mapping key must be a plain value, not a list or a mapping</source>
        <translation>Klucz mapowania musi być zwykłą wartością, a nie listą ani mapowaniem</translation>
    </message>
    <message>
        <source>Duplicate key &quot;%1&quot;</source>
        <translation>Zduplikowany klucz „%1”</translation>
    </message>
    <message>
        <source>Not valid YAML: %1</source>
        <translation>Nieprawidłowy YAML: %1</translation>
    </message>
    <message>
        <source>The document is empty</source>
        <translation>Dokument jest pusty</translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep</source>
        <translation>Dokument jest zagnieżdżony zbyt głęboko (limit: %1)</translation>
    </message>
    <message>
        <source>The document has more than %1 nodes</source>
        <translation>Dokument ma zbyt wiele węzłów (limit: %1)</translation>
    </message>
    <message>
        <source>Unknown alias &quot;*%1&quot;</source>
        <translation>Nieznany alias „*%1”</translation>
    </message>
    <message>
        <source>Aliases expand to more than %1 nodes (an alias bomb?); alias &quot;*%2&quot;</source>
        <translation>Aliasy rozwijają się do zbyt wielu węzłów (limit: %1; bomba aliasów?); alias „*%2”</translation>
    </message>
    <message>
        <source>Out of memory while reading the document</source>
        <translation>Brak pamięci podczas odczytu dokumentu</translation>
    </message>
</context>
<context>
    <name>tessera::cli</name>
    <message>
        <source>Output format: text (default), json or junit.</source>
        <translation>Format wyjścia: text (domyślny), json lub junit.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Pokaż tę pomoc.</translation>
    </message>
    <message>
        <source>tessera-cli %1: %2</source>
        <translation>tessera-cli %1: %2</translation>
    </message>
    <message>
        <source>Run &quot;tessera-cli %1 --help&quot; for usage.</source>
        <translation>Sposób użycia: „tessera-cli %1 --help”.</translation>
    </message>
    <message>
        <source>tessera-cli %1: unknown format &quot;%2&quot; (use text, json or junit)</source>
        <translation>tessera-cli %1: nieznany format „%2” (użyj text, json lub junit)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>ODCS contracts (YAML or JSON) to check.</source>
        <translation>Kontrakty ODCS (YAML lub JSON) do sprawdzenia.</translation>
    </message>
    <message>
        <source>Checks ODCS contracts against the official JSON Schema (chosen by apiVersion) and Tessera&apos;s semantic rules.
Exit code: 0 valid (warnings allowed), 1 errors found, 2 unreadable input or wrong usage.</source>
        <translation>Sprawdza kontrakty ODCS względem oficjalnego schematu JSON (wybranego według apiVersion) i reguł semantycznych Tessery.
Kod wyjścia: 0 poprawne (ostrzeżenia dozwolone), 1 znaleziono błędy, 2 nieczytelne dane wejściowe lub błędne użycie.</translation>
    </message>
    <message>
        <source>tessera-cli lint: no files given</source>
        <translation>tessera-cli lint: nie podano plików</translation>
    </message>
    <message>
        <source>tessera-cli %1: expected two files, OLD and NEW</source>
        <translation>tessera-cli %1: oczekiwano dwóch plików, OLD i NEW</translation>
    </message>
    <message>
        <source>not a data contract (expected a mapping at the top)</source>
        <translation>to nie jest kontrakt danych (na najwyższym poziomie oczekiwano mapowania)</translation>
    </message>
    <message>
        <source>The earlier contract.</source>
        <translation>Wcześniejszy kontrakt.</translation>
    </message>
    <message>
        <source>The later contract.</source>
        <translation>Późniejszy kontrakt.</translation>
    </message>
    <message>
        <source>Classifies the changes between two versions of a contract (error = breaking, warning, info) and suggests the next version.
Exit code: 1 when the change is breaking, else 0; 2 when a file is unreadable.</source>
        <translation>Klasyfikuje zmiany między dwiema wersjami kontraktu (error = łamiąca zgodność, warning, info) i proponuje następną wersję.
Kod wyjścia: 1, gdy zmiana łamie zgodność, w przeciwnym razie 0; 2, gdy plik jest nieczytelny.</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nie można zapisać: %1</translation>
    </message>
    <message>
        <source>Target format: yaml or json.</source>
        <translation>Format docelowy: yaml lub json.</translation>
    </message>
    <message>
        <source>Write to this file (replaced atomically) instead of standard output.</source>
        <translation>Zapisz do tego pliku (zastępowanego atomowo) zamiast na standardowe wyjście.</translation>
    </message>
    <message>
        <source>The contract to convert.</source>
        <translation>Kontrakt do konwersji.</translation>
    </message>
    <message>
        <source>tessera-cli convert: --to must be yaml or json</source>
        <translation>tessera-cli convert: --to musi mieć wartość yaml lub json</translation>
    </message>
    <message>
        <source>tessera-cli convert: expected one file</source>
        <translation>tessera-cli convert: oczekiwano jednego pliku</translation>
    </message>
    <message>
        <source>tessera-cli convert: the document could not be written</source>
        <translation>tessera-cli convert: nie udało się zapisać dokumentu</translation>
    </message>
    <message>
        <source>Change nothing; exit 1 when a file is not in canonical form.</source>
        <translation>Niczego nie zmieniaj; zakończ z kodem 1, gdy plik nie jest w postaci kanonicznej.</translation>
    </message>
    <message>
        <source>Rewrite YAML files even though their comments will be lost.</source>
        <translation>Przepisz pliki YAML, mimo że ich komentarze zostaną utracone.</translation>
    </message>
    <message>
        <source>Contracts to rewrite in place.</source>
        <translation>Kontrakty do przepisania w miejscu.</translation>
    </message>
    <message>
        <source>Rewrites contracts in canonical form: the standard&apos;s section order, two-space indentation, quoting only where needed. YAML stays YAML, JSON stays JSON. Files are replaced atomically.
A YAML file with comments is left alone unless --drop-comments is given (libyaml does not keep comments).
Exit code: 0; 1 with --check when a file would change; 2 when a file is unreadable or cannot be written.</source>
        <translation>Przepisuje kontrakty do postaci kanonicznej: kolejność sekcji według standardu, wcięcia dwiema spacjami, cudzysłowy tylko tam, gdzie są potrzebne. YAML pozostaje YAML-em, JSON pozostaje JSON-em. Pliki są zastępowane atomowo.
Plik YAML z komentarzami pozostaje nietknięty, chyba że podano --drop-comments (libyaml nie zachowuje komentarzy).
Kod wyjścia: 0; 1 z --check, gdy plik zostałby zmieniony; 2, gdy pliku nie można odczytać lub zapisać.</translation>
    </message>
    <message>
        <source>tessera-cli fmt: no files given</source>
        <translation>tessera-cli fmt: nie podano plików</translation>
    </message>
    <message>
        <source>the document could not be written</source>
        <translation>nie udało się zapisać dokumentu</translation>
    </message>
    <message>
        <source>%1: not in canonical form</source>
        <translation>%1: nie jest w postaci kanonicznej</translation>
    </message>
    <message>
        <source>has comments that formatting would drop; left unchanged (use --drop-comments to format anyway)</source>
        <translation>zawiera komentarze, które formatowanie by usunęło; pozostawiono bez zmian (użyj --drop-comments, aby mimo to sformatować)</translation>
    </message>
    <message>
        <source>%1: formatted</source>
        <translation>%1: sformatowano</translation>
    </message>
    <message>
        <source>Check contracts against the ODCS schema and semantic rules</source>
        <translation>Sprawdź kontrakty względem schematu ODCS i reguł semantycznych</translation>
    </message>
    <message>
        <source>List the changes between two versions of a contract</source>
        <translation>Wyświetl zmiany między dwiema wersjami kontraktu</translation>
    </message>
    <message>
        <source>Classify changes as breaking or not; suggest the next version</source>
        <translation>Sklasyfikuj zmiany jako łamiące zgodność lub nie; zaproponuj następną wersję</translation>
    </message>
    <message>
        <source>Convert a contract between YAML and JSON</source>
        <translation>Konwertuj kontrakt między YAML a JSON</translation>
    </message>
    <message>
        <source>Rewrite contracts in canonical order</source>
        <translation>Przepisz kontrakty w kanonicznej kolejności</translation>
    </message>
    <message>
        <source>Usage: tessera-cli [--lang CODE] COMMAND [OPTIONS] [ARGS]</source>
        <translation>Użycie: tessera-cli [--lang KOD] POLECENIE [OPCJE] [ARGUMENTY]</translation>
    </message>
    <message>
        <source>The contract core of Tessera for scripts and CI pipelines.</source>
        <translation>Rdzeń kontraktów Tessery dla skryptów i potoków CI.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Polecenia:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opcje:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Pokaż tę pomoc</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Pokaż wersję</translation>
    </message>
    <message>
        <source>Language of messages (e.g. de, pl); default: the system&apos;s</source>
        <translation>Język komunikatów (np. de, pl); domyślnie: język systemu</translation>
    </message>
    <message>
        <source>Run &quot;tessera-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Opcje polecenia wyświetla „tessera-cli POLECENIE --help”.</translation>
    </message>
    <message>
        <source>tessera-cli: unknown command &quot;%1&quot;</source>
        <translation>tessera-cli: nieznane polecenie „%1”</translation>
    </message>
    <message>
        <source>tessera-cli: internal error: %1</source>
        <translation>tessera-cli: błąd wewnętrzny: %1</translation>
    </message>
    <message>
        <source>Lists what changed between two versions of a contract: added, removed and updated fields with old and new values. List items are matched by name, not by position. DCS files are imported into ODCS first.
Exit code: 0, or 2 when a file is unreadable.</source>
        <translation>Wyświetla zmiany między dwiema wersjami kontraktu: dodane, usunięte i zmienione pola ze starą i nową wartością. Elementy list są dopasowywane według nazwy, a nie pozycji. Pliki DCS są najpierw importowane do ODCS.
Kod wyjścia: 0 lub 2, gdy plik jest nieczytelny.</translation>
    </message>
    <message>
        <source>Converts a contract between YAML and JSON, in the standard&apos;s section order. A Data Contract Specification (DCS) file is imported into ODCS v3.1.0 on the way. YAML comments are not carried over.
Exit code: 0, or 2 when the input is unreadable or the usage is wrong.</source>
        <translation>Konwertuje kontrakt między YAML a JSON, w kolejności sekcji standardu. Plik w formacie Data Contract Specification (DCS) jest przy tym importowany do ODCS v3.1.0. Komentarze YAML nie są przenoszone.
Kod wyjścia: 0 lub 2, gdy dane wejściowe są nieczytelne albo użycie jest błędne.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>uwaga</translation>
    </message>
    <message>
        <source>The store file (default: the app&apos;s store, %1).</source>
        <translation>Plik bazy danych (domyślnie: baza danych aplikacji, %1).</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ostrzeżenie</translation>
    </message>
    <message>
        <source>A folder of ODCS, ODPS, DCS and OpenLineage files.</source>
        <translation>Folder z plikami ODCS, ODPS, DCS i OpenLineage.</translation>
    </message>
    <message>
        <source>Imports a folder of contract files into the store: ODCS contracts, ODPS products, DCS contracts (converted to ODCS), OpenLineage run events and SLA/quality measurements (.ndjson). Only files changed since the last import are read again. A file with errors is listed and left out.
Exit code: 0 everything imported; 1 some files were left out; 2 the folder or the store cannot be used.</source>
        <translation>Importuje folder z plikami kontraktów do bazy danych: kontrakty ODCS, produkty ODPS, kontrakty DCS (konwertowane do ODCS), zdarzenia uruchomień OpenLineage oraz pomiary SLA i jakości (.ndjson). Ponownie odczytywane są tylko pliki zmienione od ostatniego importu. Plik z błędami jest wymieniany i pomijany.
Kod wyjścia: 0 zaimportowano wszystko; 1 pominięto niektóre pliki; 2 nie można użyć folderu lub bazy danych.</translation>
    </message>
    <message>
        <source>tessera-cli import: expected one folder</source>
        <translation>tessera-cli import: oczekiwano jednego folderu</translation>
    </message>
    <message>
        <source>tessera-cli import: %1 is not a folder</source>
        <translation>tessera-cli import: %1 nie jest folderem</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>pominięto</translation>
    </message>
    <message>
        <source>Imported %1 into %2 in %3 ms</source>
        <translation>Zaimportowano %1 do %2 w %3 ms</translation>
    </message>
    <message>
        <source>Files: %1 read, %2 unchanged, %3 removed, %4 left out</source>
        <translation>Pliki – odczytane: %1, niezmienione: %2, usunięte: %3, pominięte: %4</translation>
    </message>
    <message>
        <source>Narrow by a facet: domain, owner, status, tag, classification, source or kind (repeatable).</source>
        <translation>Zawęź według fasety: domain, owner, status, tag, classification, source lub kind (można powtarzać).</translation>
    </message>
    <message>
        <source>At most this many results (default 20).</source>
        <translation>Maksymalna liczba wyników (domyślnie 20).</translation>
    </message>
    <message>
        <source>Words to look for; the last one matches as a prefix.</source>
        <translation>Szukane słowa; ostatnie jest dopasowywane jako prefiks.</translation>
    </message>
    <message>
        <source>Searches the catalog: names, descriptions, tags, column names, owners and domains, ranked, with facet counts.
Exit code: 0 with results, 1 with none, 2 when the store cannot be used.</source>
        <translation>Przeszukuje katalog: nazwy, opisy, tagi, nazwy kolumn, właścicieli i domeny; wyniki są uszeregowane według trafności, z liczbą trafień dla każdej fasety.
Kod wyjścia: 0, gdy są wyniki; 1, gdy ich brak; 2, gdy nie można użyć bazy danych.</translation>
    </message>
    <message>
        <source>tessera-cli search: --limit takes a positive number</source>
        <translation>tessera-cli search: --limit wymaga liczby dodatniej</translation>
    </message>
    <message>
        <source>tessera-cli search: --facet takes key=value, not &quot;%1&quot;</source>
        <translation>tessera-cli search: --facet wymaga postaci key=value, a nie „%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n wynik</numerusform>
            <numerusform>%n wyniki</numerusform>
            <numerusform>%n wyników</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text (default), json or yaml.</source>
        <translation>Format wyjścia: text (domyślny), json lub yaml.</translation>
    </message>
    <message>
        <source>A product or contract id.</source>
        <translation>Identyfikator produktu lub kontraktu.</translation>
    </message>
    <message>
        <source>Shows a data product or a contract with its details.
Exit code: 0, 1 when the id is unknown, 2 when the store cannot be used.</source>
        <translation>Pokazuje produkt danych lub kontrakt wraz ze szczegółami.
Kod wyjścia: 0; 1, gdy identyfikator jest nieznany; 2, gdy nie można użyć bazy danych.</translation>
    </message>
    <message>
        <source>tessera-cli show: unknown format &quot;%1&quot; (use text, json or yaml)</source>
        <translation>tessera-cli show: nieznany format „%1” (użyj text, json lub yaml)</translation>
    </message>
    <message>
        <source>tessera-cli show: expected one id</source>
        <translation>tessera-cli show: oczekiwano jednego identyfikatora</translation>
    </message>
    <message>
        <source>tessera-cli show: no product or contract &quot;%1&quot; in the store</source>
        <translation>tessera-cli show: w bazie danych nie ma produktu ani kontraktu „%1”</translation>
    </message>
    <message>
        <source>Domain: %1 · Status: %2 · Owner: %3</source>
        <translation>Domena: %1 · Status: %2 · Właściciel: %3</translation>
    </message>
    <message>
        <source>Domain: %1 · Status: %2 · Owner: %3 · Data product: %4</source>
        <translation>Domena: %1 · Status: %2 · Właściciel: %3 · Produkt danych: %4</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Wersje: %1</translation>
    </message>
    <message>
        <source>SLA history</source>
        <translation>Historia SLA</translation>
    </message>
    <message>
        <source>%1 measurements, %2 breaches</source>
        <translation>pomiary: %1, naruszenia: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or dot.</source>
        <translation>Format wyjścia: text (domyślny), json lub dot.</translation>
    </message>
    <message>
        <source>Levels upstream (default 3).</source>
        <translation>Liczba poziomów w górę, ku źródłom (domyślnie 3).</translation>
    </message>
    <message>
        <source>Levels downstream (default 3).</source>
        <translation>Liczba poziomów w dół, ku odbiorcom (domyślnie 3).</translation>
    </message>
    <message>
        <source>Include column-level lineage.</source>
        <translation>Uwzględnij pochodzenie danych na poziomie kolumn.</translation>
    </message>
    <message>
        <source>A dataset (namespace/name or contract/schemaObject), a contract or a product id.</source>
        <translation>Zbiór danych (namespace/name lub contract/schemaObject) albo identyfikator kontraktu lub produktu.</translation>
    </message>
    <message>
        <source>Shows the lineage around a dataset, contract or product: what feeds it and what it feeds.
Exit code: 0, 1 when the id is unknown, 2 when the store cannot be used.</source>
        <translation>Pokazuje pochodzenie danych wokół zbioru danych, kontraktu lub produktu: co go zasila i co on zasila.
Kod wyjścia: 0; 1, gdy identyfikator jest nieznany; 2, gdy nie można użyć bazy danych.</translation>
    </message>
    <message>
        <source>tessera-cli lineage: unknown format &quot;%1&quot; (use text, json or dot)</source>
        <translation>tessera-cli lineage: nieznany format „%1” (użyj text, json lub dot)</translation>
    </message>
    <message>
        <source>tessera-cli lineage: expected one id and non-negative --upstream/--downstream</source>
        <translation>tessera-cli lineage: oczekiwano jednego identyfikatora i nieujemnych wartości --upstream/--downstream</translation>
    </message>
    <message>
        <source>tessera-cli lineage: no dataset, contract or product &quot;%1&quot; in the store</source>
        <translation>tessera-cli lineage: w bazie danych nie ma zbioru danych, kontraktu ani produktu „%1”</translation>
    </message>
    <message>
        <source>Import a folder of contracts, products and lineage into the store</source>
        <translation>Zaimportuj folder z kontraktami, produktami i pochodzeniem danych do bazy danych</translation>
    </message>
    <message>
        <source>Search the catalog in the store</source>
        <translation>Przeszukaj katalog w bazie danych</translation>
    </message>
    <message>
        <source>Show a product or contract from the store</source>
        <translation>Pokaż produkt lub kontrakt z bazy danych</translation>
    </message>
    <message>
        <source>Show the lineage around a dataset, contract or product</source>
        <translation>Pokaż pochodzenie danych wokół zbioru danych, kontraktu lub produktu</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkty</numerusform>
            <numerusform>%n produktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n kontrakt</numerusform>
            <numerusform>%n kontrakty</numerusform>
            <numerusform>%n kontraktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n zbiór danych</numerusform>
            <numerusform>%n zbiory danych</numerusform>
            <numerusform>%n zbiorów danych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n kolumna</numerusform>
            <numerusform>%n kolumny</numerusform>
            <numerusform>%n kolumn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lineage edge(s)</source>
        <translation>
            <numerusform>%n krawędź pochodzenia</numerusform>
            <numerusform>%n krawędzie pochodzenia</numerusform>
            <numerusform>%n krawędzi pochodzenia</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Tessera: %1</source>
        <translation>Otwórz w Tessera: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Read the token from this environment variable (never from the command line).</source>
        <translation>Odczytaj token z tej zmiennej środowiskowej (nigdy z wiersza poleceń).</translation>
    </message>
    <message>
        <source>add: the kind of source: local, backstage, openmetadata or marquez.</source>
        <translation>add: rodzaj źródła: local, backstage, openmetadata lub marquez.</translation>
    </message>
    <message>
        <source>add: the endpoint&apos;s base URL.</source>
        <translation>add: bazowy adres URL punktu końcowego.</translation>
    </message>
    <message>
        <source>add: the folder of a local source.</source>
        <translation>add: folder źródła lokalnego.</translation>
    </message>
    <message>
        <source>add: trust this one certificate (its SHA-256 fingerprint, as a failed sync shows it) for this source only.</source>
        <translation>add: ufaj temu jednemu certyfikatowi (jego odcisk SHA-256, taki jak pokazuje nieudana synchronizacja) tylko dla tego źródła.</translation>
    </message>
    <message>
        <source>list, add, remove or test</source>
        <translation>list, add, remove lub test</translation>
    </message>
    <message>
        <source>The source&apos;s name (add, remove, test).</source>
        <translation>Nazwa źródła (add, remove, test).</translation>
    </message>
    <message>
        <source>Lists, adds, removes and tests the catalog sources the store syncs from. A token is read from the variable named by --token-env and kept in the OS keychain.
Exit code: 0 done; 1 the test failed; 2 wrong usage or the store cannot be used.</source>
        <translation>Wyświetla, dodaje, usuwa i testuje źródła katalogowe, z których synchronizuje się baza danych. Token jest odczytywany ze zmiennej wskazanej przez --token-env i przechowywany w pęku kluczy systemu.
Kod wyjścia: 0 gotowe; 1 test nie powiódł się; 2 błędne użycie lub nie można użyć bazy danych.</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nigdy nie zsynchronizowano</translation>
    </message>
    <message>
        <source>tessera-cli sources %1: expected a source name</source>
        <translation>tessera-cli sources %1: oczekiwano nazwy źródła</translation>
    </message>
    <message>
        <source>tessera-cli sources add: a local source needs --path with a folder</source>
        <translation>tessera-cli sources add: źródło lokalne wymaga --path z folderem</translation>
    </message>
    <message>
        <source>tessera-cli sources add: a %1 source needs --url with an http or https address</source>
        <translation>tessera-cli sources add: źródło typu %1 wymaga --url z adresem http lub https</translation>
    </message>
    <message>
        <source>tessera-cli sources add: the URL must not hold a user or password; use --token-env</source>
        <translation>tessera-cli sources add: adres URL nie może zawierać użytkownika ani hasła; użyj --token-env</translation>
    </message>
    <message>
        <source>tessera-cli sources add: --type must be local, backstage, openmetadata or marquez</source>
        <translation>tessera-cli sources add: --type musi mieć wartość local, backstage, openmetadata lub marquez</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>Dodano %1 (%2, %3).</translation>
    </message>
    <message>
        <source>warning: the environment variable %1 is not set; no token was stored.</source>
        <translation>ostrzeżenie: zmienna środowiskowa %1 nie jest ustawiona; nie zapisano tokenu.</translation>
    </message>
    <message>
        <source>Pass --token-env to &quot;tessera-cli sync&quot; instead.</source>
        <translation>Zamiast tego przekaż --token-env do „tessera-cli sync”.</translation>
    </message>
    <message>
        <source>The token is in the keychain.</source>
        <translation>Token jest w pęku kluczy.</translation>
    </message>
    <message>
        <source>tessera-cli sources %1: there is no source called &quot;%2&quot;</source>
        <translation>tessera-cli sources %1: nie ma źródła o nazwie „%2”</translation>
    </message>
    <message>
        <source>Removed %1 and everything it brought.</source>
        <translation>Usunięto %1 i wszystko, co z niego pochodziło.</translation>
    </message>
    <message>
        <source>%1 is there.</source>
        <translation>%1 istnieje.</translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <source>tessera-cli sources: unknown action &quot;%1&quot; (use list, add, remove or test)</source>
        <translation>tessera-cli sources: nieznana akcja „%1” (użyj list, add, remove lub test)</translation>
    </message>
    <message>
        <source>Sync only this source (may be repeated); default: every source.</source>
        <translation>Synchronizuj tylko to źródło (można powtarzać); domyślnie: wszystkie źródła.</translation>
    </message>
    <message>
        <source>Seconds without an answer before a request fails (default 30).</source>
        <translation>Liczba sekund bez odpowiedzi, po której żądanie kończy się błędem (domyślnie 30).</translation>
    </message>
    <message>
        <source>Brings the store up to date with its sources: endpoints are read incrementally (only what changed since the last sync), local folders read again, and contracts published in the app are sent. Tokens come from the keychain or from --token-env.
Exit code: 0 every source synced; 1 a source failed or is offline (each is named, with why); 2 wrong usage or the store cannot be used.</source>
        <translation>Aktualizuje bazę danych na podstawie jej źródeł: punkty końcowe są odczytywane przyrostowo (tylko to, co zmieniło się od ostatniej synchronizacji), foldery lokalne są odczytywane ponownie, a kontrakty opublikowane w aplikacji są wysyłane. Tokeny pochodzą z pęku kluczy lub z --token-env.
Kod wyjścia: 0 zsynchronizowano wszystkie źródła; 1 synchronizacja źródła nie powiodła się lub jest ono offline (każde jest wymienione wraz z przyczyną); 2 błędne użycie lub nie można użyć bazy danych.</translation>
    </message>
    <message>
        <source>tessera-cli sync: --timeout takes a number of seconds</source>
        <translation>tessera-cli sync: --timeout przyjmuje liczbę sekund</translation>
    </message>
    <message>
        <source>There are no sources; add one with &quot;tessera-cli sources add&quot;.</source>
        <translation>Brak źródeł; dodaj źródło poleceniem „tessera-cli sources add”.</translation>
    </message>
    <message>
        <source>List, add, remove and test catalog sources</source>
        <translation>Wyświetl, dodaj, usuń i przetestuj źródła katalogu</translation>
    </message>
    <message>
        <source>Bring the store up to date with its sources</source>
        <translation>Zaktualizuj bazę danych na podstawie jej źródeł</translation>
    </message>
    <message>
        <source>The organisation&apos;s policy file (YAML): built-ins switched off or given another severity, custom rules (see docs/policies.md).</source>
        <translation>Plik polityk organizacji (YAML): wyłączenie polityk wbudowanych lub zmiana ich ważności, własne reguły (zob. docs/policies.md).</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>Checks the catalog in the store against the governance policies: the built-in ones and those of a policy file.
Exit code: 0 no error findings (warnings allowed), 1 error findings, 2 a bad policy file, wrong usage or the store cannot be used.</source>
        <translation>Sprawdza katalog w bazie danych względem polityk zarządzania danymi: wbudowanych i tych z pliku polityk.
Kod wyjścia: 0 brak ustaleń o ważności błędu (ostrzeżenia dozwolone); 1 są ustalenia o ważności błędu; 2 błędny plik polityk, błędne użycie lub nie można użyć bazy danych.</translation>
    </message>
    <message>
        <source>tessera-cli policy: expected the action &quot;check&quot;</source>
        <translation>tessera-cli policy: oczekiwano akcji „check”</translation>
    </message>
    <message>
        <source>Check the catalog against governance policies (policy check)</source>
        <translation>Sprawdź katalog względem polityk zarządzania danymi (policy check)</translation>
    </message>
    <message>
        <source>tessera-cli sync: --token-env gives the token of one endpoint; name it with --source</source>
        <translation>tessera-cli sync: --token-env podaje token jednego punktu końcowego; wskaż go za pomocą --source</translation>
    </message>
</context>
<context>
    <name>tessera::lineage</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n więcej</numerusform>
            <numerusform>+%n więcej</numerusform>
            <numerusform>+%n więcej</numerusform>
        </translation>
    </message>
</context>
</TS>
