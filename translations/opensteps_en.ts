<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsSection</name>
    <message>
        <source>%1 can now sign in here as staff.</source>
        <extracomment>Staff: after adding a staff account; %1 is the person&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now sign in here as a volunteer.</source>
        <extracomment>Staff: after adding a volunteer account; %1 is the person&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and staff</source>
        <extracomment>Staff section: the volunteer and staff accounts on this PC, and adding one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: staff</source>
        <extracomment>Staff: one account in the list; %1 is the person&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: volunteer</source>
        <extracomment>Staff: one account in the list; %1 is the person&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <extracomment>Staff: heading of the form that adds a volunteer or staff account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name</source>
        <extracomment>Staff: the new volunteer&apos;s or staff member&apos;s name, as they will type it to sign in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role</source>
        <extracomment>Staff: label of the choice between a volunteer and a staff account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <extracomment>Staff: a volunteer account (can reset PINs and help learners)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>Staff: a staff account (can also change settings and add accounts)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their passphrase (at least %1 characters)</source>
        <extracomment>Staff: the new account&apos;s passphrase; %1 is the least number of characters, such as 8</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <extracomment>Staff: the new account&apos;s passphrase typed a second time, to be sure of it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this account</source>
        <extracomment>Staff: adds the volunteer or staff account typed above</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Bar chart: %1. The table after it has the same figures.</source>
        <extracomment>Screen reader name of a bar chart on the staff dashboard; %1 is what it shows</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserAdvertPage</name>
    <message>
        <source>BOOK DEALS ONLINE</source>
        <extracomment>Practice browser: the name at the top of an advertiser&apos;s shop website</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALE! Up to 70% off thousands of books. Buy now before it is too late!</source>
        <extracomment>Practice browser: the advertiser&apos;s shop page; it is not the library</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop has nothing to do with Leafield Library.</source>
        <extracomment>Practice browser: small print on the advertiser&apos;s page</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserCouncilPage</name>
    <message>
        <source>Leafield Council</source>
        <extracomment>Practice browser: the name at the top of the made-up council&apos;s website</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries in Leafield</source>
        <extracomment>Practice browser: heading of the council&apos;s libraries page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leafield Library is on Church Street. For its opening times and events, visit the library&apos;s website: %1</source>
        <extracomment>Practice browser: text of the council&apos;s libraries page; %1 is the library&apos;s web address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page last updated: 12 January 2025</source>
        <extracomment>Practice browser: the date at the bottom of a made-up web page</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserLibrarySite</name>
    <message>
        <source>✿ Leafield Library</source>
        <extracomment>Practice browser: the name at the top of the made-up library&apos;s website</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening times</source>
        <extracomment>Practice browser: a link on the library&apos;s website
----------
Practice browser: heading of the library&apos;s opening times page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the library</source>
        <extracomment>Practice browser: a link on the library&apos;s website
----------
Practice browser: heading of the library&apos;s joining page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>Practice browser: a link on the library&apos;s website
----------
Practice browser: heading of the library&apos;s events page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Leafield Library</source>
        <extracomment>Practice browser: heading of the library&apos;s home page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrow books, use a computer and the free Wi-Fi, or ask our friendly staff for help. Everyone is welcome.</source>
        <extracomment>Practice browser: text on the library&apos;s home page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page last updated: 3 March 2025</source>
        <extracomment>Practice browser: the date at the bottom of a made-up web page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <extracomment>Practice browser, opening times: a day of the week</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9am to 5pm</source>
        <extracomment>Practice browser, opening times: the hours on one day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <extracomment>Practice browser, opening times: a day of the week</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9am to 7pm</source>
        <extracomment>Practice browser, opening times: the hours on one day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <extracomment>Practice browser, opening times: a day of the week</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <extracomment>Practice browser, opening times: a day of the week</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <extracomment>Practice browser, opening times: a day of the week</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <extracomment>Practice browser, opening times: a day of the week</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10am to 1pm</source>
        <extracomment>Practice browser, opening times: the hours on one day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <extracomment>Practice browser, opening times: a day of the week</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Practice browser, opening times: the library does not open that day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is free to join. Come to the library with something that shows your name and address, such as a letter or a bill. You get your library card the same day.</source>
        <extracomment>Practice browser: text of the library&apos;s joining page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer help drop-in: Tuesdays, 2pm to 4pm
Story time for under-fives: Fridays, 10am
Knit and natter: Saturdays, 10:30am</source>
        <extracomment>Practice browser: the library&apos;s events, one a line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserResultsPage</name>
    <message>
        <source>Sponsored</source>
        <extracomment>Practice browser: marks a search result that is a paid advert</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FindIt</source>
        <extracomment>Practice browser: the search engine&apos;s name at the top of its results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results for “%1”</source>
        <extracomment>Practice browser: above the search results; %1 is what was searched for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsored: Leafield Library books – up to 70% off today</source>
        <extracomment>Practice browser: spoken name of the first search result, an advert</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leafield Library books – up to 70% off today</source>
        <extracomment>Practice browser: title of the advert at the top of the search results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy cheap books now. Free delivery on orders over £20. Hurry, sale ends soon!</source>
        <extracomment>Practice browser: the words under the advert in the search results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leafield Library – Home</source>
        <extracomment>Practice browser: spoken name of the second search result, the library&apos;s website</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening times, events and how to join Leafield Library. Free computers and Wi-Fi for everyone.</source>
        <extracomment>Practice browser: the words under the library&apos;s result in the search results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries in Leafield – Leafield Council</source>
        <extracomment>Practice browser: spoken name of the third search result, the council&apos;s page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find your nearest library, borrow e-books and renew your books online.</source>
        <extracomment>Practice browser: the words under the council&apos;s result in the search results</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserStartPage</name>
    <message>
        <source>FindIt</source>
        <extracomment>Practice browser: the name of a made-up search engine; keep it short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search FindIt</source>
        <extracomment>Practice browser: the search box&apos;s name for screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Practice browser: grey words in the empty search box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few words, then press Enter.</source>
        <extracomment>Practice browser: under the search box on the start page</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserState</name>
    <message>
        <source>%1 – FindIt Search</source>
        <extracomment>Practice browser tab title for search results; %1 is what was searched for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leafield Library – Home</source>
        <extracomment>Practice browser tab title of the library&apos;s home page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening times – Leafield Library</source>
        <extracomment>Practice browser tab title of the library&apos;s opening times page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the library – Leafield Library</source>
        <extracomment>Practice browser tab title of the library&apos;s joining page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events – Leafield Library</source>
        <extracomment>Practice browser tab title of the library&apos;s events page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book Deals Online – Sale</source>
        <extracomment>Practice browser tab title of an advertiser&apos;s shop page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries – Leafield Council</source>
        <extracomment>Practice browser tab title of the council&apos;s libraries page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tab</source>
        <extracomment>Practice browser tab title of the start page</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserToolbar</name>
    <message>
        <source>Back</source>
        <extracomment>Practice browser: the back button (an arrow pointing left)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <extracomment>Practice browser: the forward button (an arrow pointing right)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Practice browser: the home button (a little house) that opens the start page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address bar</source>
        <extracomment>Practice browser: the address bar&apos;s name for screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a web address</source>
        <extracomment>Practice browser: grey words in the empty address bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusTicketHeader</name>
    <message>
        <source>CityBus</source>
        <extracomment>Bus planner: the made-up bus company&apos;s name in its website header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey planner</source>
        <extracomment>Bus planner: under the company&apos;s name in its website header</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusTicketPlannerScreen</name>
    <message>
        <source>From</source>
        <extracomment>Bus planner: the word above the places to start from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Bus planner: the word above the places to go to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: today, leaving now</source>
        <extracomment>Bus planner: when the journey is, above the Plan journey button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan journey</source>
        <extracomment>Bus planner: the button that finds routes</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusTicketRoutesScreen</name>
    <message>
        <source>Buy ticket</source>
        <extracomment>Bus planner: the button next to the chosen route</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 routes found</source>
        <extracomment>Bus planner: heading of the list of routes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, today</source>
        <extracomment>Bus planner: under the heading of routes; %1 is &quot;place to place&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 1: the 42 bus</source>
        <extracomment>Bus planner: the first route (1 bus, the number 42)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves 10:05, arrives 10:30. Takes 25 minutes.</source>
        <extracomment>Bus planner: times of the first route</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 bus all the way. No change.</source>
        <extracomment>Bus planner: about the first route</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 2: the 7 bus, then the 15 bus</source>
        <extracomment>Bus planner: the second route (2 buses, the 7 then the 15)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves 10:10, arrives 10:50. Takes 40 minutes.</source>
        <extracomment>Bus planner: times of the second route</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 buses. Change at Market Street and wait about 10 minutes.</source>
        <extracomment>Bus planner: about the second route</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusTicketState</name>
    <message>
        <source>Leafield Library</source>
        <extracomment>Bus planner: a made-up place to start from or go to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market Square</source>
        <extracomment>Bus planner: a made-up place to start from or go to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St James Hospital</source>
        <extracomment>Bus planner: a made-up place to start from or go to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Station</source>
        <extracomment>Bus planner: a made-up place to start from or go to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£2.50</source>
        <extracomment>Bus planner: price of a single ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£4.00</source>
        <extracomment>Bus planner: price of a day ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>Bus planner: where the journey goes; %1 is where it starts, %2 where it ends</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusTicketTicketScreen</name>
    <message>
        <source>✓ Paid. Here is your ticket.</source>
        <extracomment>Bus planner: heading above the ticket after paying</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityBus Day ticket</source>
        <extracomment>Bus planner: the kind of ticket, on the ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityBus Single ticket</source>
        <extracomment>Bus planner: the kind of ticket, on the ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid today until midnight, on every CityBus bus.</source>
        <extracomment>Bus planner: on a day ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid today for 1 trip: %1.</source>
        <extracomment>Bus planner: on a single ticket; %1 is &quot;place to place&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price paid: %1</source>
        <extracomment>Bus planner: the price paid, on the ticket; %1 is the price</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number: CB-7305-2218</source>
        <extracomment>Bus planner: the made-up ticket number, on the ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this ticket to the driver when you get on the bus.</source>
        <extracomment>Bus planner: under the ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusTicketTicketsScreen</name>
    <message>
        <source>Buy a ticket</source>
        <extracomment>Bus planner: heading of the page of tickets</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 2: the 7 bus, then the 15 bus. %1.</source>
        <extracomment>Bus planner: the chosen route above the tickets; %1 is &quot;place to place&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 1: the 42 bus. %1.</source>
        <extracomment>Bus planner: the chosen route above the tickets; %1 is &quot;place to place&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which ticket?</source>
        <extracomment>Bus planner: the question above the 2 kinds of ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single: %1</source>
        <extracomment>Bus planner: a kind of ticket; %1 is its price</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 trip.</source>
        <extracomment>Bus planner: under the single ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day ticket: %1</source>
        <extracomment>Bus planner: a kind of ticket; %1 is its price</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride as often as you like today, on every CityBus bus.</source>
        <extracomment>Bus planner: under the day ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <extracomment>Bus planner: above Pay; %1 is the price of the chosen ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay: choose a ticket first</source>
        <extracomment>Bus planner: above Pay, before a ticket is chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You pay with the card saved in your CityBus account.</source>
        <extracomment>Bus planner: how the ticket is paid for (made up)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <extracomment>Bus planner: the button at the bottom that pays for the ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Since you started, have you done any of these? Choose all that are true for you.</source>
        <extracomment>Check-in page: the one sentence under the heading</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nothing has changed yet, press Save without choosing.</source>
        <extracomment>Check-in page: how to answer when none of the pictures is true yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Check-in page: saves the learner&apos;s answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <extracomment>Check-in page: leaves without saving; the check-in is offered again later</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is saved. Thank you for telling us.</source>
        <extracomment>Check-in page, after saving</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer could not be saved on this computer. Please ask a helper.</source>
        <extracomment>Check-in page: the answer could not be saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>Heading after the check-in is saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has changed for you?</source>
        <extracomment>Heading of the optional check-in at a milestone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Please ask a member of staff.</source>
        <extracomment>Shown when the computer has no voice installed for reading aloud</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to my lessons</source>
        <extracomment>Check-in page, after saving: back to Home</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceActivity</name>
    <message>
        <source>Correct</source>
        <extracomment>Heading of the feedback after a right answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another answer</source>
        <extracomment>Heading of the feedback after a wrong answer; kind, never blaming</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose all the answers that are right.</source>
        <extracomment>Tells the learner a question has more than one right answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my answers</source>
        <extracomment>Button under a &quot;choose all that apply&quot; question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite yet</source>
        <extracomment>Heading of the feedback when some ticked answers are wrong or missing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You found all the right answers. Read why under each one.</source>
        <extracomment>After ticking exactly the right answers to a &quot;choose all&quot; question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the notes under your answers. Change your answers and check again. There is no penalty.</source>
        <extracomment>After ticking some wrong answers or missing a right one; kind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud: %1</source>
        <extracomment>Speaker button beside one answer; %1 is the answer&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosePrompt</name>
    <message>
        <source>OpenSteps stays open on this computer</source>
        <extracomment>Heading shown when someone tries to close OpenSteps on a PC where only staff may</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many tries. Please wait one minute, then try again.</source>
        <extracomment>Closing a kiosk PC after 5 wrong passphrases</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff can close OpenSteps on this computer.</source>
        <extracomment>Closing a kiosk PC: a volunteer&apos;s passphrase was given; only staff may close the app</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name and passphrase do not match. Please try again.</source>
        <extracomment>Closing a kiosk PC with a wrong name or passphrase</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff can close it. Staff: type your name and passphrase.</source>
        <extracomment>Under &quot;OpenSteps stays open on this computer&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep using OpenSteps</source>
        <extracomment>Closes the question and goes back to OpenSteps, which stays open</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff name</source>
        <extracomment>Closing a kiosk PC: the staff member&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <extracomment>Closing a kiosk PC: the staff member&apos;s passphrase</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close OpenSteps</source>
        <extracomment>Closing a kiosk PC: staff confirm with their name and passphrase</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputerSection</name>
    <message>
        <source>This computer</source>
        <extracomment>Staff section: how this computer is set up (by the library&apos;s or council&apos;s IT team)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings your IT team made for this computer are wrong, so OpenSteps is not using them. Please pass this on to IT:</source>
        <extracomment>Staff: IT&apos;s settings for this PC (a file or the registry) have values OpenSteps cannot use; each problem follows on its own line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outcome has been sent, so a reset of this computer would lose none.</source>
        <extracomment>Staff: no anonymised outcome waits to be sent from this PC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) wait to be sent. They are kept in %1, which your IT team set up to keep files when the computer restarts.</source>
        <extracomment>Staff: %n outcomes wait to be sent, in a folder IT set (%1) that keeps files through a restart</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) have not been sent yet. If this computer were reset now, they would be lost.</source>
        <extracomment>Staff: %n outcomes have not reached the programme yet and would be lost if the PC reset now</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OpenSteps fills the screen on this computer, and only staff can close it.</source>
        <extracomment>Staff: the PC runs OpenSteps in kiosk mode</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close OpenSteps</source>
        <extracomment>Staff, in kiosk mode: closes OpenSteps (learners cannot)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDetailsPage</name>
    <message>
        <source>These help 100% Digital Leeds know who they are helping. You do not have to answer. Leave out any question you like.</source>
        <extracomment>Optional questions page: why they are asked, and that they can be left out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions about you</source>
        <extracomment>Heading of the page of optional questions after agreeing to share progress</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Please ask a member of staff.</source>
        <extracomment>Shown when the computer has no voice installed for reading aloud</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Optional questions page: makes the profile with the answers given (none is needed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Optional questions page: back to the question about sharing</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>100% Digital Leeds helps people in Leeds use computers and the internet. If you share your progress, it helps them see what works. It never says who you are.</source>
        <extracomment>Consent page: what the programme is and why it asks</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shared:</source>
        <extracomment>Consent page: heading of the list of what is shared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which lessons you finish</source>
        <extracomment>Consent page, what is shared: the lessons the learner finishes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers to the skills check</source>
        <extracomment>Consent page, what is shared: the answers to the &quot;What can you do already?&quot; check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you learn, like this library</source>
        <extracomment>Consent page, what is shared: the place (library or community hub) where they learn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is never shared:</source>
        <extracomment>Consent page: heading of the list of what is never shared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <extracomment>Consent page, never shared: the learner&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN</source>
        <extracomment>Consent page, never shared: the learner&apos;s PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you type</source>
        <extracomment>Consent page, never shared: anything the learner types in lessons or practice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either answer is fine. You can change it at any time in Settings.</source>
        <extracomment>Consent page: both answers are fine; the choice can be changed later</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, share</source>
        <extracomment>Consent page: answer that shares anonymous progress</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, thank you</source>
        <extracomment>Consent page: answer that shares nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share your progress with 100% Digital Leeds?</source>
        <extracomment>Heading of the page that asks a new learner whether to share their progress</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Please ask a member of staff.</source>
        <extracomment>Shown when the computer has no voice installed for reading aloud</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Consent page: goes back to choosing a PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You shared your progress on the other computer. This computer asks you again. If you say yes, your progress here counts with your progress there.</source>
        <extracomment>Consent page, asked again after a progress code from another computer was typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilFormFormScreen</name>
    <message>
        <source>✗ There is a problem</source>
        <extracomment>Council form: heading of the list of errors after sending too soon</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a housing repair</source>
        <extracomment>Council form: heading at the top of the form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every question. A star (*) means you must answer it.</source>
        <extracomment>Council form: explains the star after each question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs fixing? *</source>
        <extracomment>Council form: first question; the star means it must be answered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one.</source>
        <extracomment>Council form: help under the first question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heating or hot water</source>
        <extracomment>Council form: a choice of what needs fixing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak</source>
        <extracomment>Council form: a choice of what needs fixing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <extracomment>Council form: a choice of what needs fixing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <extracomment>Council form: a choice of what needs fixing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which room is it in? *</source>
        <extracomment>Council form: second question; the star means it must be answered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, kitchen or bathroom.</source>
        <extracomment>Council form: help under the room question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which room is it in?</source>
        <extracomment>Council form: name of the room box, for screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong? *</source>
        <extracomment>Council form: third question; the star means it must be answered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us in your own words.</source>
        <extracomment>Council form: help under the &quot;what is wrong&quot; question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <extracomment>Council form: name of the &quot;what is wrong&quot; box, for screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number *</source>
        <extracomment>Council form: fourth question; the star means it must be answered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will phone you to arrange a visit.</source>
        <extracomment>Council form: help under the phone number question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number</source>
        <extracomment>Council form: name of the phone number box, for screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <extracomment>Council form: the button at the bottom that sends the form</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilFormScene</name>
    <message>
        <source>LC</source>
        <extracomment>Council website: the letters in the made-up council&apos;s logo</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leafield Council</source>
        <extracomment>Council website: the made-up council&apos;s name in its header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home  ›  Housing  ›  Repairs</source>
        <extracomment>Council website: where the page is on the site (&quot;breadcrumbs&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilFormSentScreen</name>
    <message>
        <source>✓ Repair reported</source>
        <extracomment>Council form: heading after the form was sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Your reference number is %1</source>
        <extracomment>Council form: after sending; %1 is the reference number, such as LC-482913</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this number down, or take a photo of this screen. We will ask for it if you phone us about this repair.</source>
        <extracomment>Council form: advice under the reference number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you told us</source>
        <extracomment>Council form: heading of the summary after sending</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair: %1
Room: %2
What is wrong: %3
Phone: %4</source>
        <extracomment>Council form: summary after sending; %1 what needs fixing, %2 the room, %3 what is wrong, %4 the phone number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next: we will phone you within 3 working days to arrange a visit.</source>
        <extracomment>Council form: what happens after a repair is reported</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilFormStartScreen</name>
    <message>
        <source>Report a housing repair</source>
        <extracomment>Council website: the heading of the repair page and form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you rent your home from Leafield Council, use this form to tell us about a repair.</source>
        <extracomment>Council website: first paragraph of the repair page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will need to tell us:
•  what needs fixing and which room it is in
•  what is wrong, in your own words
•  your phone number</source>
        <extracomment>Council website: what to have ready before starting the form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <extracomment>Council website: the button that starts the repair form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an emergency, such as a flood or no heating in winter, do not use this form. Phone us on 0113 496 0999, day or night.</source>
        <extracomment>Council website: emergency advice below the Start button; the number is made up</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilFormState</name>
    <message>
        <source>Heating or hot water</source>
        <extracomment>Council form: the thing to fix, in the summary after sending (heating)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak</source>
        <extracomment>Council form: the thing to fix, in the summary after sending (leak)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <extracomment>Council form: the thing to fix, in the summary after sending (window)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <extracomment>Council form: the thing to fix, in the summary after sending (door)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what needs fixing</source>
        <extracomment>Council form: error when no repair was chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the room the repair is in</source>
        <extracomment>Council form: error when the room box is empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what is wrong</source>
        <extracomment>Council form: error when the &quot;what is wrong&quot; box is empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your phone number</source>
        <extracomment>Council form: error when the phone number box is empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Outcomes dashboard</source>
        <extracomment>Heading of the staff page of outcome figures</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <extracomment>Dashboard: a count too small to show; %1 is the threshold, such as 5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <extracomment>Dashboard: a count hidden so that a smaller hidden one cannot be worked out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <extracomment>Dashboard: learners who did not give this answer (age band, postcode, language)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners active</source>
        <extracomment>Dashboard figure: learners who did anything in OpenSteps in the period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New learners</source>
        <extracomment>Dashboard figure: learners whose first activity is in the period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons finished</source>
        <extracomment>Dashboard figure: lessons learners finished in the period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the Foundation level</source>
        <extracomment>Dashboard figure: learners who reached the Foundation level of the framework</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of active learners reaching Foundation</source>
        <extracomment>Dashboard figure: the share (percent) of active learners who reached the Foundation level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the skills check again</source>
        <extracomment>Dashboard figure: learners who did the skills check a second time or more</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered “What has changed for you?”</source>
        <extracomment>Dashboard figure: learners who answered the check-in question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer sessions</source>
        <extracomment>Dashboard figure: sessions of volunteers sitting with a learner</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <extracomment>Dashboard figure: hours volunteers spent sitting with learners</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached Foundation</source>
        <extracomment>Dashboard table column: learners who reached the Foundation level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners by age band</source>
        <extracomment>Dashboard chart heading</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners by postcode district</source>
        <extracomment>Dashboard chart heading (the first part of the postcode, like LS9)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners by preferred language</source>
        <extracomment>Dashboard chart heading</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners by hub</source>
        <extracomment>Dashboard chart heading (a hub is a library or community centre)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“hidden”: this number is not small, but with the total it would give away one that is, so it is not shown either.</source>
        <extracomment>Dashboard: explains &quot;hidden&quot; under a table that has such a figure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff can see the outcomes dashboard. Sign in as staff on the Helpers and staff page.</source>
        <extracomment>Dashboard opened without a staff member signed in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: not real learners</source>
        <extracomment>Dashboard banner when the figures come from the demo-data generator</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These figures count only learners who agreed to share their progress, on this computer. Numbers under %1 show as “fewer than %1”. Where a total would let someone work one out, another number shows as “hidden”.</source>
        <extracomment>Dashboard: what is counted and how small numbers are hidden; %1 is the threshold, like 5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period</source>
        <extracomment>Dashboard section: the main figures of the period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was active in this period.</source>
        <extracomment>Dashboard: a chart with nothing to show for the period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, learners active</source>
        <extracomment>Dashboard: what a breakdown chart shows; %1 is its heading, like &quot;Learners by age band&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills check: before and after</source>
        <extracomment>Dashboard section: how learners&apos; skills-check answers changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For learners who did the skills check again in this period: how many of their answers were “Yes, I can” in their first check (before) and in their latest (after), in each area of the Essential Digital Skills framework.</source>
        <extracomment>Dashboard: what the skills chart shows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Yes, I can” answers before and after, per area</source>
        <extracomment>Dashboard: what the skills chart shows (its screen reader name)
----------
Dashboard: the skills table&apos;s screen reader name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <extracomment>Dashboard skills chart: a bar of the first skills check; %1 is a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <extracomment>Dashboard skills chart: a bar of the latest skills check; %1 is a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>Dashboard skills table columns: the first and the latest skills check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has changed for learners</source>
        <extracomment>Dashboard section: the answers to the check-in question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners who chose each answer to “What has changed for you?” in this period. One learner may choose several.</source>
        <extracomment>Dashboard: what the check-in chart shows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners choosing each answer to “What has changed for you?”</source>
        <extracomment>Dashboard: the check-in chart&apos;s screen reader name
----------
Dashboard: the check-in table&apos;s screen reader name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <extracomment>Dashboard check-in table column: how many learners chose the answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Helpers and staff</source>
        <extracomment>Dashboard: back to the page for volunteers and staff</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteDataPage</name>
    <message>
        <source>This removes your name, your progress and your settings from this computer. It cannot be undone.</source>
        <extracomment>Delete my data: what deleting does</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you shared your progress with 100% Digital Leeds, we also ask them to remove it.</source>
        <extracomment>Delete my data: what happens to progress already shared with the programme</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, keep my data</source>
        <extracomment>Delete my data: the safe answer, which keeps everything</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, delete my data</source>
        <extracomment>Delete my data: the answer that deletes everything about the learner</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data could not be deleted. Nothing was changed. Please ask a helper.</source>
        <extracomment>Shown if the learner&apos;s data could not be deleted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete my data?</source>
        <extracomment>Heading of the page that asks a learner to confirm deleting their data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Please ask a member of staff.</source>
        <extracomment>Shown when the computer has no voice installed for reading aloud</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopAppContent</name>
    <message>
        <source>Dear Sam,

Thank you for the lovely flowers. They look beautiful on the kitchen table.</source>
        <extracomment>Practice Letters app: the start of a letter being written</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopAppWindow</name>
    <message>
        <source>%1 window</source>
        <extracomment>Practice desktop: the open app&apos;s window; %1 is the app&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimise</source>
        <extracomment>Practice window button (a line) that hides the window on the taskbar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore down</source>
        <extracomment>Practice window button (two squares) that makes a full-screen window smaller again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximise</source>
        <extracomment>Practice window button (a square) that makes the window fill the screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Practice window button (a cross) that closes the app</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopStartMenu</name>
    <message>
        <source>Start menu</source>
        <extracomment>Practice desktop: the start menu, a list of all the apps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All apps</source>
        <extracomment>Practice desktop: heading of the start menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopState</name>
    <message>
        <source>Letters</source>
        <extracomment>Practice desktop: name of a made-up app that writes letters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <extracomment>Practice desktop: name of a made-up app that shows photos</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculator</source>
        <extracomment>Practice desktop: name of a made-up app that does sums</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopTaskbar</name>
    <message>
        <source>Taskbar</source>
        <extracomment>Practice desktop: the bar along the bottom of the screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Practice desktop: the start button on the taskbar, which opens the list of apps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10:30</source>
        <extracomment>Practice desktop: the time shown at the right end of the taskbar</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Well done!</source>
        <extracomment>Heading after finishing a lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You finished the lesson “%1”. It is saved on this computer.</source>
        <extracomment>%1 is the title of the lesson just finished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my lessons</source>
        <extracomment>Button after finishing a lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You finished the lesson “%1”.</source>
        <extracomment>%1 is the title of the lesson just finished Guest mode: %1 is the title of the lesson just finished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have finished every lesson in “%1”. You can get a certificate.</source>
        <extracomment>After the last lesson of a topic; %1 is the topic&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get my certificate</source>
        <extracomment>Opens the progress page, where certificates are saved and printed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have now done all the first steps. If you like, tell us what has changed for you.</source>
        <extracomment>After the lesson that completes all the Foundation (first steps) lessons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what has changed for you (optional)</source>
        <extracomment>Opens the optional &quot;What has changed for you?&quot; questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailInbox</name>
    <message>
        <source>Email from %1: %2</source>
        <extracomment>Practice email: spoken name of a line in the inbox; %1 sender, %2 subject</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <extracomment>Practice email: the Inbox folder; %1 is how many emails are not read yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <extracomment>Practice email: the Inbox folder, with every email read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Practice email: a folder name (only to look at)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junk</source>
        <extracomment>Practice email: a folder name (only to look at)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your inbox is empty.</source>
        <extracomment>Practice email: the inbox when every email has gone</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailMessage</name>
    <message>
        <source>From: %1 &lt;%2&gt;</source>
        <extracomment>Practice email: who sent the open email; %1 name, %2 email address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <extracomment>Practice email: when the open email arrived; %1 is a time or day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

Are you free on Saturday afternoon? Come round for a cup of tea. And could you send me a photo of your garden? I would love to see your roses.

Best wishes,
Sam</source>
        <extracomment>Practice email: the friend&apos;s email</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear Customer,

We have seen unusual activity on your account. Your account will be LOCKED TODAY unless you confirm your details.

Click the link below and type your card number and PIN.</source>
        <extracomment>Practice email: the scam email; it must sound urgent and ask for details</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear patient,

This is a reminder of your appointment with the nurse on Tuesday at 10:30am at Green Lane Surgery.

If you cannot come, please call us on 01632 960 123.

Green Lane Surgery</source>
        <extracomment>Practice email: the surgery&apos;s real reminder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm my details now</source>
        <extracomment>Practice email: the link inside the scam email (it does nothing)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailPhotoPicker</name>
    <message>
        <source>Choose a photo</source>
        <extracomment>Practice email: title of the small window for choosing a photo</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garden</source>
        <extracomment>Practice email: a photo to choose, showing a garden</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of a garden</source>
        <extracomment>Practice email: spoken name of the garden photo in the photo picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat</source>
        <extracomment>Practice email: a photo to choose, showing a cat</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of a cat</source>
        <extracomment>Practice email: spoken name of the cat photo in the photo picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailReadingPane</name>
    <message>
        <source>Click an email in the list to read it.</source>
        <extracomment>Practice email: the reading pane before an email is opened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↩ Reply</source>
        <extracomment>Practice email: the button that answers the open email</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Report scam</source>
        <extracomment>Practice email: the button that reports the open email as a scam</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Thank you. You reported the email as a scam. It has gone from your inbox.</source>
        <extracomment>Practice email: after reporting an email as a scam</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Delete</source>
        <extracomment>Practice email: the button that deletes the open email</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The email was deleted.</source>
        <extracomment>Practice email: after deleting an email</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailReplyArea</name>
    <message>
        <source>To: %1</source>
        <extracomment>Practice email: who the answer goes to; %1 is a name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: Re: %1</source>
        <extracomment>Practice email: the subject of an answer; %1 is the subject of the email answered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your answer here</source>
        <extracomment>Practice email: grey words in the empty answer box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <extracomment>Practice email: the answer box&apos;s name for screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Practice email: sends the answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Your answer and your photo were sent to %1.</source>
        <extracomment>Practice email: after sending an answer with a photo; %1 is a name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Your answer was sent to %1.</source>
        <extracomment>Practice email: after sending an answer; %1 is a name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a photo</source>
        <extracomment>Practice email: the paper clip button that adds a photo to the answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cat.jpg</source>
        <extracomment>Practice email: the photo added to the answer (file name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>garden.jpg</source>
        <extracomment>Practice email: the photo added to the answer (file name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailScene</name>
    <message>
        <source>✉ Mail — you@example.com</source>
        <extracomment>Practice email app: its title bar, with the learner&apos;s made-up email address</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailState</name>
    <message>
        <source>Sam Green</source>
        <extracomment>Practice email: the name of a friend who sent an email</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Bank Security Team</source>
        <extracomment>Practice email: the name a scam email pretends to come from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green Lane Surgery</source>
        <extracomment>Practice email: a made-up doctors&apos; surgery that sent a reminder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you free on Saturday?</source>
        <extracomment>Practice email: subject of the friend&apos;s email</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URGENT: confirm your details today</source>
        <extracomment>Practice email: subject of the scam email (urgent on purpose)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: your appointment on Tuesday</source>
        <extracomment>Practice email: subject of the surgery&apos;s reminder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>09:12</source>
        <extracomment>Practice email: when the email arrived (a time today)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>08:47</source>
        <extracomment>Practice email: when the email arrived (a time today)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <extracomment>Practice email: when the email arrived</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>OpenSteps cannot open right now</source>
        <extracomment>Heading when OpenSteps cannot open its saved data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress is safe. Please ask a member of staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <extracomment>Technical details for staff; %1 is a message in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSection</name>
    <message>
        <source>Save as a spreadsheet (open data, with a data dictionary)</source>
        <extracomment>Dashboard button: save the figures as a spreadsheet file for publishing as open data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a one-page PDF report</source>
        <extracomment>Dashboard button: save a one-page PDF report of these figures</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the anonymous records (not for publication)</source>
        <extracomment>Dashboard button: save one anonymous line per outcome; not to be published</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the outcome statements (xAPI)</source>
        <extracomment>Dashboard button: save the outcome statements for loading into a Learning Record Store</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving these figures</source>
        <extracomment>Dashboard section: saving the figures to files</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files saved from OpenSteps hold these same figures, with the same numbers hidden. They go in the Documents folder.</source>
        <extracomment>Dashboard: about the saved figures (the exports); they go to the Documents folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>Table: %1</source>
        <extracomment>Screen reader name of a table of figures on the staff dashboard; %1 is what it shows</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpBookingBookedScreen</name>
    <message>
        <source>Appointment cancelled</source>
        <extracomment>GP booking: heading after cancelling the appointment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Appointment booked</source>
        <extracomment>GP booking: heading after confirming the appointment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for cancelling. Someone else can now have this appointment.</source>
        <extracomment>GP booking: after cancelling</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please come to Green Lane Surgery 5 minutes early. Write the day and time down, or put them in your calendar.</source>
        <extracomment>GP booking: after booking an appointment in person</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor or nurse will phone you at this time. Keep your phone near you. Write the day and time down, or put them in your calendar.</source>
        <extracomment>GP booking: after booking a phone appointment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot come, please cancel, so someone else can have it.</source>
        <extracomment>GP booking: above the cancel button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this appointment</source>
        <extracomment>GP booking: the button that cancels the booked appointment</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpBookingChoicesScreen</name>
    <message>
        <source>Book an appointment</source>
        <extracomment>GP booking: heading of the page of choices</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of appointment?</source>
        <extracomment>GP booking: the first question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <extracomment>GP booking: a kind of appointment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor or nurse phones you.</source>
        <extracomment>GP booking: under &quot;Phone call&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <extracomment>GP booking: a kind of appointment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You go to the surgery.</source>
        <extracomment>GP booking: under &quot;In person&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which day?</source>
        <extracomment>GP booking: the second question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which time?</source>
        <extracomment>GP booking: the third question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices:
Kind: %1
Day: %2
Time: %3</source>
        <extracomment>GP booking: summary of the choices above Confirm; %1 kind, %2 day, %3 time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <extracomment>GP booking: the button that books the chosen appointment</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpBookingScene</name>
    <message>
        <source>Green Lane Surgery</source>
        <extracomment>GP booking: the made-up surgery&apos;s name in its website header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online services</source>
        <extracomment>GP booking: under the surgery&apos;s name in its website header</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpBookingStartScreen</name>
    <message>
        <source>Appointments</source>
        <extracomment>GP booking: heading of the surgery&apos;s online services page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment with a doctor or nurse at Green Lane Surgery. You can book at any time, day or night.</source>
        <extracomment>GP booking: first paragraph of the surgery&apos;s page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <extracomment>GP booking: the button that starts booking</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surgery is open Monday to Friday, 8:00 to 18:30.</source>
        <extracomment>GP booking: opening hours on the surgery&apos;s page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ In an emergency, call 999. Do not book online.</source>
        <extracomment>GP booking: emergency advice on the surgery&apos;s page</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpBookingState</name>
    <message>
        <source>Phone call</source>
        <extracomment>GP booking: the kind of appointment, in the summary and confirmation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <extracomment>GP booking: the kind of appointment, in the summary and confirmation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <extracomment>GP booking: a day to choose</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <extracomment>GP booking: a day to choose</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <extracomment>GP booking: a day to choose</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9:00</source>
        <extracomment>GP booking: a time to choose (9 in the morning)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10:30</source>
        <extracomment>GP booking: a time to choose (half past 10 in the morning)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14:15</source>
        <extracomment>GP booking: a time to choose (quarter past 2 in the afternoon)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <extracomment>GP booking: shown in the summary for a choice not made yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person at the surgery on %1 at %2</source>
        <extracomment>GP booking: the booked appointment; %1 is a day, %2 a time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call on %1 at %2</source>
        <extracomment>GP booking: the booked appointment; %1 is a day, %2 a time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelperPage</name>
    <message>
        <source>Helpers and staff</source>
        <extracomment>Heading of the page for volunteers and staff</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <extracomment>%1 is the helper&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Leaves the helper page (and signs the helper out)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no helper accounts on this computer yet. Staff make the first one by setting up this hub.</source>
        <extracomment>Shown when no volunteer or staff account exists on this PC yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff account on this computer yet. Staff make the first one by setting up this hub.</source>
        <extracomment>Shown when volunteers have accounts on this PC but no staff member has one yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this hub</source>
        <extracomment>Helper page: opens the hub set-up (its name, where outcomes go, the first staff account)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes dashboard</source>
        <extracomment>Staff: opens the page of outcome figures (learners, lessons, skills) for a period</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelperSignIn</name>
    <message>
        <source>Too many tries. Please wait one minute, then try again.</source>
        <extracomment>Helper sign-in after 5 wrong passphrases</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name and passphrase do not match. Please try again.</source>
        <extracomment>Helper sign-in with a wrong name or passphrase</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <extracomment>Label of the helper&apos;s name box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <extracomment>Label of the helper&apos;s passphrase box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Signs a volunteer or staff member in</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpingSection</name>
    <message>
        <source>Helping a learner now</source>
        <extracomment>Helper page: section where a volunteer says they are sitting with a learner</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who you are sitting with. What they do while you help is counted as done with help. It ends when they sign out.</source>
        <extracomment>Helper page: why a helper says who they are helping</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am helping %1</source>
        <extracomment>Helper page: the helper starts helping one learner; %1 is the learner&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are helping %1.</source>
        <extracomment>Helper page: while a help session is open; %1 is the learner&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is helping %2.</source>
        <extracomment>Helper page: another helper&apos;s session is open; %1 the helper, %2 the learner</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have finished helping</source>
        <extracomment>Helper page: ends the help session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. The help session has ended.</source>
        <extracomment>Confirmation after a helper ends a help session</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Hello, %1</source>
        <extracomment>Greeting at the top of Home; %1 is the learner&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <extracomment>Big button on Home that opens the lesson the learner was doing (or the next one)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — step %2 of %3</source>
        <extracomment>Second line of the Continue button: %1 is a lesson title, %2 of %3 the step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no lessons on this computer yet. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what you can do already, and your lessons will start with what you need most.</source>
        <extracomment>Home: invites a learner who has not done the skills check yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have finished 5 more lessons. Check your skills again to see how far you have come.</source>
        <extracomment>Home: invites a learner to do the skills check again after 5 more lessons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my skills</source>
        <extracomment>Home: opens the skills check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons for what you said you cannot do yet come first.</source>
        <extracomment>Home: explains &quot;My path&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more lessons (%1 more)</source>
        <extracomment>Home: shows the next lessons when a hub has very many; %1 is how many are not shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>Heading of Home in guest mode (&quot;Just looking&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a progress code</source>
        <extracomment>Home: for learners who used OpenSteps on another computer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My progress and certificates</source>
        <extracomment>Home: opens the page with the learner&apos;s progress, certificates and progress code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are just looking. Try any lesson: nothing is saved. To keep your progress, make a profile with &quot;Stop looking&quot; and then &quot;I am new here&quot;.</source>
        <extracomment>Home in guest mode</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My path</source>
        <extracomment>Home: heading above the next lessons chosen from the skills check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lessons</source>
        <extracomment>Heading above the list of all lessons on Home, grouped by topic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 finished</source>
        <extracomment>Home: a topic heading; %1 is the topic, %2 and %3 numbers of lessons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what has changed for you (optional)</source>
        <extracomment>Home: opens the optional &quot;What has changed for you?&quot; questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSection</name>
    <message>
        <source>This hub</source>
        <extracomment>Staff section: the name and id of the hub (library or community centre) this PC is in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub name (on certificates)</source>
        <extracomment>Staff: the hub&apos;s name as learners know it; it is printed on certificates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub id (like leeds-central-library)</source>
        <extracomment>Staff: a short id for the hub, sent with outcomes; small letters, digits and hyphens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hub&apos;s name and id</source>
        <extracomment>Staff: saves the hub&apos;s name and id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s name and id are saved.</source>
        <extracomment>Staff: confirmation after saving the hub&apos;s name and id</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Are you still there?</source>
        <extracomment>The question after a long time without use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nobody answers, OpenSteps will go back to the start in %1 seconds.</source>
        <extracomment>Under &quot;Are you still there?&quot; in guest mode; %1 is a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nobody answers, OpenSteps will sign you out in %1 seconds. Your lessons are saved.</source>
        <extracomment>Under &quot;Are you still there?&quot;; %1 is a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <extracomment>Answer to &quot;Are you still there?&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleTimeSection</name>
    <message>
        <source>Sign learners out when nobody uses the computer for</source>
        <extracomment>Staff setting: how long the PC waits without use before asking &quot;Are you still there?&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <extracomment>A number of minutes; %1 is a number such as 10</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s). Set by your IT team, so it cannot be changed here.</source>
        <extracomment>Staff: the idle time IT fixed for this PC; %n is a number of minutes</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyboardPicture</name>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardPracticeActivity</name>
    <message>
        <source>Type this: %1   (%2 of %3)</source>
        <extracomment>Keyboard practice: %1 is the text to type, %2 and %3 which one of how many</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type here</source>
        <extracomment>Accessible name of the box the learner types into during keyboard practice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the space bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. You typed them all. You can press Next.</source>
        <extracomment>Keyboard practice is done</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite. Press Backspace to rub out the last letter.</source>
        <extracomment>Keyboard practice: the text has a mistake to rub out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: hold Shift and press %1.</source>
        <extracomment>Keyboard practice: %1 names the key to press while holding Shift</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: press %1.</source>
        <extracomment>Keyboard practice: %1 names the next key to press</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the left arrow key</source>
        <extracomment>Keyboard practice: names of the arrow keys</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right arrow key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the up arrow key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the down arrow key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>A yellow sun</source>
        <extracomment>Name of a profile picture, read by screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A green tree</source>
        <extracomment>Name of a profile picture, read by screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pink flower</source>
        <extracomment>Name of a profile picture, read by screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grey cat</source>
        <extracomment>Name of a profile picture, read by screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An orange fish</source>
        <extracomment>Name of a profile picture, read by screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blue bird</source>
        <extracomment>Name of a profile picture, read by screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A red house</source>
        <extracomment>Name of a profile picture, read by screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A red sailing boat</source>
        <extracomment>Name of a profile picture, read by screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First steps</source>
        <extracomment>Lesson topic: the basic skills of the Essential Digital Skills framework</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <extracomment>Lesson topic (Essential Digital Skills area)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding and saving things</source>
        <extracomment>Lesson topic (Essential Digital Skills area)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying, booking and forms</source>
        <extracomment>Lesson topic (Essential Digital Skills area): buying, booking and forms online</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solving problems</source>
        <extracomment>Lesson topic (Essential Digital Skills area)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying safe online</source>
        <extracomment>Lesson topic (Essential Digital Skills area)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can turn on a computer and sign in.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can use a mouse to click, scroll and drag.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can type words on a keyboard.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can make the words on the screen bigger.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can find and open an app.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can connect to Wi-Fi safely.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can go to a website by typing its address.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can make a strong password and keep it safe.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can change a password when I am asked to.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can send an email.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can make a video call to family or friends.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can search for something and tell if I can trust what I find.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can save a photo or a file and find it again.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can fill in a form online, like reporting a repair.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can book a doctor&apos;s appointment online.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can plan a bus journey and buy a ticket online.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can pay for something online safely.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can find help online when I am stuck.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can fix a simple problem, like a lost Wi-Fi connection.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can spot a scam email, text or phone call.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can keep my computer up to date and my information private.</source>
        <extracomment>Skills check statement, said as the learner would say it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A red apple</source>
        <extracomment>Name of a profile picture, read by screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foundation skills</source>
        <extracomment>Essential Digital Skills framework area (staff dashboard): the basic skills</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communicating</source>
        <extracomment>Essential Digital Skills framework area (staff dashboard)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling information and content</source>
        <extracomment>Essential Digital Skills framework area (staff dashboard)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transacting</source>
        <extracomment>Essential Digital Skills framework area (staff dashboard)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem solving</source>
        <extracomment>Essential Digital Skills framework area (staff dashboard)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being safe and legal online</source>
        <extracomment>Essential Digital Skills framework area (staff dashboard)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>A learner&apos;s preferred language, as staff read it on the dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu</source>
        <extracomment>A learner&apos;s preferred language, as staff read it on the dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <extracomment>A learner&apos;s preferred language, as staff read it on the dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <extracomment>A learner&apos;s preferred language, as staff read it on the dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punjabi</source>
        <extracomment>A learner&apos;s preferred language, as staff read it on the dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bengali</source>
        <extracomment>A learner&apos;s preferred language, as staff read it on the dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanian</source>
        <extracomment>A learner&apos;s preferred language, as staff read it on the dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurdish</source>
        <extracomment>A learner&apos;s preferred language, as staff read it on the dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <extracomment>A learner&apos;s preferred language, as staff read it on the dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somali</source>
        <extracomment>A learner&apos;s preferred language, as staff read it on the dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <extracomment>A learner&apos;s preferred language, as staff read it on the dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <extracomment>A learner&apos;s preferred language, as staff read it on the dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 to 24</source>
        <extracomment>Age band choice (an age from 16 to 24)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25 to 49</source>
        <extracomment>Age band choice (an age from 25 to 49)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 to 64</source>
        <extracomment>Age band choice (an age from 50 to 64)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65 to 74</source>
        <extracomment>Age band choice (an age from 65 to 74)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75 or older</source>
        <extracomment>Age band choice (75 and older)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I saved money online</source>
        <extracomment>Check-in answer (picture button): the learner saved money by doing things online</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I keep in touch with people / I feel less alone</source>
        <extracomment>Check-in answer (picture button): keeping in touch with family and friends online</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I looked or applied for work online</source>
        <extracomment>Check-in answer (picture button): looking for jobs or applying for them online</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I used health services online (like the GP or NHS App)</source>
        <extracomment>Check-in answer (picture button): GP = the family doctor; NHS App = the health service app</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I used council or housing services online</source>
        <extracomment>Check-in answer (picture button): council services, such as housing repairs or bins</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I got around more easily (journeys, tickets)</source>
        <extracomment>Check-in answer (picture button): planning journeys and buying bus or train tickets</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <extracomment>Heading of the first page a new learner sees</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Leaves the first page of making a profile, back to the learners&apos; pictures</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerDocuments</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>How dates are written on certificates and progress sheets, as a Qt date format (d = day, MMMM = month name, yyyy = year). Keep it long and easy to read: 26 November 2026.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <extracomment>Under a learner&apos;s name when the library is not known. %1 is the date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 on %2</source>
        <extracomment>Under a learner&apos;s name. %1 is the library, e.g. Leeds Central Library; %2 is the date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSteps — 100% Digital Leeds</source>
        <extracomment>At the bottom of every certificate and progress sheet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>The heading of a certificate.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has completed</source>
        <extracomment>On a certificate, between the learner&apos;s name and the topic: &quot;Amina / has completed / Foundation skills&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills covered</source>
        <extracomment>On a certificate, above the list of skills the topic covered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A count out of a total, e.g. &quot;3 of 5&quot; (lessons done, or &quot;I can&quot; answers).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skills check yet</source>
        <extracomment>Progress sheet, skills column, when the learner has not done a skills check.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <extracomment>Progress sheet: no first skills check to compare with.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Progress sheet: first skills check → latest, e.g. &quot;3 of 5 → 5 of 5&quot;. Turn the arrow round (←) for right-to-left languages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress sheet</source>
        <extracomment>The heading of the one-page progress sheet a learner can print.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your skills</source>
        <extracomment>Progress sheet heading above the table of skill areas.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <extracomment>Progress sheet table column: the skill area, e.g. Being safe online.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons done</source>
        <extracomment>Progress sheet table column: lessons done out of the lessons in that area.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“I can” answers: first check → latest</source>
        <extracomment>Progress sheet table column: &quot;I can&quot; answers in the first and the latest skills check.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In each drawing the light bar is the first skills check and the dark bar is the latest.</source>
        <extracomment>Progress sheet: explains the two bars drawn for each area.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons you have completed (%1)</source>
        <extracomment>Progress sheet heading above the list of lessons the learner has finished. %1 is how many.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons completed yet.</source>
        <extracomment>Progress sheet, when no lesson is finished yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress code</source>
        <extracomment>Progress sheet heading above the code that carries progress to another computer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type this code on another computer running OpenSteps to carry on there.</source>
        <extracomment>Progress sheet, under &quot;Bring this sheet next time.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved there. Try another folder, such as Documents, or ask a member of staff.</source>
        <extracomment>When a certificate or progress sheet could not be saved as a PDF file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be made. Please ask a member of staff.</source>
        <extracomment>When a certificate or progress sheet could not be made at all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Ask a member of staff.</source>
        <extracomment>When the learner presses Print and the computer has no printer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not take the page. Check it is switched on and has paper, then try again, or ask a member of staff.</source>
        <extracomment>When sending a certificate or progress sheet to the printer failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSteps certificate: %1</source>
        <extracomment>The title of a certificate PDF (shown by PDF readers and in the print queue). %1 is the topic.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSteps progress sheet</source>
        <extracomment>The title of a progress sheet PDF (shown by PDF readers and in the print queue).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSteps certificate</source>
        <extracomment>Start of a certificate&apos;s file name, e.g. &quot;OpenSteps certificate - Foundation skills - 2026-11-26.pdf&quot;. No learner name goes in file names: the computers are shared.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this sheet next time.</source>
        <extracomment>Progress sheet, under the progress code, in large letters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonCard</name>
    <message>
        <source>Finished</source>
        <extracomment>Progress of a finished lesson on the lesson list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <extracomment>Progress of a lesson the learner has not opened yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <extracomment>Progress of a lesson: %1 steps done out of %2</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <source>%1 — step %2 of %3</source>
        <extracomment>Where the learner is in a lesson; %1 is the lesson title, %2 and %3 numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Goes to the previous step of a lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Button on the last step of a lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button that goes to the next step of a lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the right answer first. You can try as many times as you like.</source>
        <extracomment>Shown when the learner presses Next before choosing the right answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop for now — your progress is saved</source>
        <extracomment>Leaves a lesson part-way; progress so far is kept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step could not be saved on this computer. Please ask a member of staff for help. You can press Next to try again.</source>
        <extracomment>Shown if a finished step could not be written to the computer&apos;s storage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise a little more first. You can take as long as you like.</source>
        <extracomment>Shown when the learner presses Next before the mouse practice is done</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Yes, A bit or Not yet first. Any answer is fine.</source>
        <extracomment>Shown when the learner presses Next before answering &quot;I can...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each line and press Enter first. You can take as long as you like.</source>
        <extracomment>Shown when the learner presses Next before typing everything asked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Please ask a member of staff.</source>
        <extracomment>Shown when the computer has no voice installed for reading aloud</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do each task on the practice screen first. You can take as long as you like.</source>
        <extracomment>Shown when the learner presses Next before doing every task of a practice screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort every message first. You can change your answers as often as you like.</source>
        <extracomment>Shown when the learner presses Next before sorting every message right</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a password the meter calls Strong first. Try 3 random words.</source>
        <extracomment>Shown when the learner presses Next before making a strong password</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all the right answers and press Check my answers first.</source>
        <extracomment>Shown when the learner presses Next before ticking all the right answers</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>OpenSteps</source>
        <extracomment>Window title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just looking: nothing is saved</source>
        <extracomment>Top bar in guest mode: nothing the learner does is kept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop looking</source>
        <extracomment>Top bar button in guest mode: back to the learners&apos; pictures</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Top bar button: signs the learner out (then anyone can sign in)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Top bar button that opens the settings page (text size, colours, font, read aloud)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: text size, colours and read aloud</source>
        <extracomment>Screen reader name of the top bar&apos;s Settings button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN could not be saved on this computer. Please ask a helper.</source>
        <extracomment>Shown if a new PIN could not be saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile could not be saved on this computer. Please ask a helper.</source>
        <extracomment>Shown if the new profile could not be saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: not real learners</source>
        <extracomment>Top bar on every page when the PC holds made-up learners for a demonstration (opensteps demo-data), not real people&apos;s progress</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer could not be saved on this computer. Please ask a helper.</source>
        <extracomment>Shown if the answer to the sharing question could not be saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MousePracticeActivity</name>
    <message>
        <source>Double-click the circle: click the left button twice, quickly.</source>
        <extracomment>Mouse practice: what to do with the round target</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click the circle: press the right button once.</source>
        <extracomment>Mouse practice: what to do with the round target</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the circle with the left button.</source>
        <extracomment>Mouse practice: what to do with the round target</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. You can press Next, or keep practising.</source>
        <extracomment>Mouse practice is done</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite. Try again, there is no hurry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <extracomment>Mouse practice progress: %1 targets hit so far, %2 targets to hit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few more, to be sure.</source>
        <extracomment>Mouse practice: enough targets hit, but a few recent misses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice target</source>
        <extracomment>Accessible name of the round target in mouse practice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the circle into the square: hold the left button down, move, then let go.</source>
        <extracomment>Mouse practice: what to do with the round target</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll down to find the circle, then click it.</source>
        <extracomment>Mouse practice: what to do with the round target</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll the wheel to scroll down</source>
        <extracomment>Mouse practice: shown at the top of the box when the circle is further down</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <extracomment>Mouse practice: label of the square the circle is dragged into</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>We had to start again</source>
        <extracomment>Heading when saved progress was damaged and a fresh start was made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress saved on this computer was damaged, so OpenSteps could not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was thrown away. A copy is kept for staff, who may be able to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can carry on now with a new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <extracomment>Technical details for staff; %1 is a message in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineShopBasketScreen</name>
    <message>
        <source>Your basket</source>
        <extracomment>Online shop: heading of the basket page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your basket is empty.</source>
        <extracomment>Online shop: when nothing is in the basket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
How many: 1
Price: %2</source>
        <extracomment>Online shop: a line in the basket; %1 is the product, %2 its price</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery: free
Total: %1</source>
        <extracomment>Online shop: under the basket; %1 is the total price</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout</source>
        <extracomment>Online shop: the button under the basket, to pay</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineShopBrowserBar</name>
    <message>
        <source>Hillside Home Store  ✕</source>
        <extracomment>Online shop: the title in the made-up browser&apos;s tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padlock: connection details</source>
        <extracomment>Online shop: name of the padlock in the address bar, for screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.hillsidehomestore.co.uk</source>
        <extracomment>Online shop: the made-up shop&apos;s address in the address bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineShopCheckoutScreen</name>
    <message>
        <source>Checkout</source>
        <extracomment>Online shop: heading of the page with the card form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are paying %1 for: %2.</source>
        <extracomment>Online shop: above the card form; %1 is the total price, %2 the product</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ Practice: type made-up numbers. Never type your real card here.</source>
        <extracomment>Online shop: reminder above the card form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card details</source>
        <extracomment>Online shop: heading of the card form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <extracomment>Online shop: label of the card number box
----------
Online shop: name of the card number box, for screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The long number on the front of the card, such as 1234 5678 9012 3456.</source>
        <extracomment>Online shop: help under &quot;Card number&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <extracomment>Online shop: label of the expiry date box
----------
Online shop: name of the expiry date box, for screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month and year, such as 04/29.</source>
        <extracomment>Online shop: help under &quot;Expiry date&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the card</source>
        <extracomment>Online shop: label of the name box
----------
Online shop: name of the &quot;name on the card&quot; box, for screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1</source>
        <extracomment>Online shop: the button under the card form; %1 is the total price</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineShopDoneScreen</name>
    <message>
        <source>✓ Order placed</source>
        <extracomment>Online shop: heading after paying</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your order. Your order number is HH-20417.</source>
        <extracomment>Online shop: after paying; the order number is made up</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 will arrive in 3 to 5 working days. We have sent you an email about your order.</source>
        <extracomment>Online shop: after paying; %1 is the product</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hillside Home Store will never ask for your PIN.</source>
        <extracomment>Online shop: after paying</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineShopHeader</name>
    <message>
        <source>Hillside Home Store</source>
        <extracomment>Online shop: the made-up shop&apos;s name in its header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things for your home</source>
        <extracomment>Online shop: under the shop&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket (%1)</source>
        <extracomment>Online shop: the basket at the top of the page; %1 is how many things are in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineShopHomeScreen</name>
    <message>
        <source>Kitchen</source>
        <extracomment>Online shop: heading of the front page</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineShopPadlockInfo</name>
    <message>
        <source>Connection is private</source>
        <extracomment>Online shop: what the padlock says when clicked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other people cannot see what you send to this site. This does not prove that the shop is honest.</source>
        <extracomment>Online shop: under &quot;Connection is private&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineShopPinPopup</name>
    <message>
        <source>⚠ Security check</source>
        <extracomment>Online shop: heading of the pop-up that asks for the PIN (a trick)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To finish paying, type the 4-digit PIN of your bank card.</source>
        <extracomment>Online shop: the pop-up asks for the bank card PIN (a trick)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter my PIN</source>
        <extracomment>Online shop: the pop-up&apos;s button to share the PIN (always the wrong choice)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close — I will not share my PIN</source>
        <extracomment>Online shop: the pop-up&apos;s button to close it without sharing the PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineShopProductScreen</name>
    <message>
        <source>Home  ›  Kitchen  ›  %1</source>
        <extracomment>Online shop: where the page is in the shop; %1 is the product</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 slices. White.</source>
        <extracomment>Online shop: about the toaster</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.7 litres. White. Boils water in about 3 minutes.</source>
        <extracomment>Online shop: about the kettle</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ In stock. Free delivery.</source>
        <extracomment>Online shop: the product can be bought now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to basket</source>
        <extracomment>Online shop: the button next to the product&apos;s picture</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Added to your basket. The basket is at the top of the page.</source>
        <extracomment>Online shop: after Add to basket</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineShopState</name>
    <message>
        <source>Kettle</source>
        <extracomment>Online shop: a product for sale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toaster</source>
        <extracomment>Online shop: a product for sale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£24.99</source>
        <extracomment>Online shop: price of the kettle</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£29.99</source>
        <extracomment>Online shop: price of the toaster</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£0.00</source>
        <extracomment>Online shop: the total of an empty basket</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSteps::Dashboard</name>
    <message>
        <source>Type both dates, the first day and the last day, like 2026-11-01.</source>
        <extracomment>Dashboard, choosing dates: one of the two boxes is empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day &quot;%1&quot; is not a date. Type the year, month and day with hyphens, like 2026-11-01.</source>
        <extracomment>Dashboard, choosing dates: %1 is what was typed in the first-day box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day &quot;%1&quot; is not a date. Type the year, month and day with hyphens, like 2026-11-30.</source>
        <extracomment>Dashboard, choosing dates: %1 is what was typed in the last-day box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day. Swap them round or change one.</source>
        <extracomment>Dashboard, choosing dates: the first day comes after the last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff can save these figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <extracomment>Dashboard: saving the figures failed; %1 says why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <extracomment>Dashboard: after saving the figures; %1 is the list of files saved (full names)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSteps::MyProgress</name>
    <message>
        <source>100% Digital Leeds</source>
        <extracomment>On certificates when staff have not named the hub yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish every lesson of this topic to get its certificate.</source>
        <extracomment>Asked for a certificate before every lesson of its topic is finished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <extracomment>After saving a certificate; %1 is the file&apos;s full name
----------
After saving a PDF; %1 is the file&apos;s full name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <extracomment>After sending a certificate to the printer
----------
After sending a certificate or progress sheet to the printer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <extracomment>A progress code typed while nobody is signed in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your progress code.</source>
        <extracomment>Progress code box left empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is not used in progress codes. Codes use the numbers 2 to 9 and the letters A to Z without I, L and O.</source>
        <extracomment>A character that codes never use; %1 is its position, e.g. 5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has a mistake in it. Please check each letter and number, and type it again.</source>
        <extracomment>The progress code typed fails its check character (a typo)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code comes from a computer with different lessons. Please ask a helper.</source>
        <extracomment>The progress code was made on a PC with other lessons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress could not be saved on this computer. Please ask a helper.</source>
        <extracomment>Restoring a progress code failed to save</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. %1 finished lessons are now on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. 1 finished lesson is now on this computer.</source>
        <extracomment>After a progress code with one finished lesson was restored</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress code has %1 or %2 letters and numbers. Please check it and type it again.</source>
        <extracomment>Progress code too short or too long; %1 and %2 are the two lengths codes have</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This progress is already on this computer, in another profile. Please sign in with that profile, or ask a helper.</source>
        <extracomment>The progress code belongs to another profile already on this computer</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSteps::Staff</name>
    <message>
        <source>The saved data cannot be used, so nothing can be saved.</source>
        <extracomment>Set-up page: the PC&apos;s data could not be opened at start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff can add accounts.</source>
        <extracomment>Helper page: only staff may add volunteer and staff accounts</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSteps::SyncPanel</name>
    <message>
        <source>The saved data cannot be used, so nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent, so no file was made.</source>
        <extracomment>Staff: exporting outcomes when there is nothing waiting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome statements saved: %1, in %2. Carry the file to a computer with internet and import it there.</source>
        <extracomment>Staff: after exporting; %1 is the number of statements, %2 the file&apos;s full name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IT team set the Learning Record Store for this computer, so it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IT team set the hub&apos;s name or id for this computer, so it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeExport</name>
    <message>
        <source>Could not write %1: %2. No file was left behind.</source>
        <extracomment>Saving outcome figures failed: %1 is the file, %2 the computer&apos;s reason (in English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the saved outcomes: %1. No file was written.</source>
        <extracomment>Saving outcome figures failed: the saved outcomes could not be read; %1 is SQLite&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Make it first, or choose another.</source>
        <extracomment>Saving outcome figures: the folder chosen is missing; %1 is the folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Give the folder the export should go in.</source>
        <extracomment>Saving outcome figures: a file was given where a folder was needed; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordBuilderActivity</name>
    <message>
        <source>Here are 3 random words you could use:</source>
        <extracomment>Password builder: introduces 3 random words the app suggests</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give me 3 new words</source>
        <extracomment>Password builder: asks for 3 different random words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box is for practice. What you type is not saved anywhere. Do not type a password you really use.</source>
        <extracomment>Password builder: reassures that nothing typed is kept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a password here</source>
        <extracomment>Password builder: label of the box to make a practice password in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: very weak</source>
        <extracomment>Password strength meter level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <extracomment>Password strength meter level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <extracomment>Password strength meter level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <extracomment>Password strength meter level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it longer: 3 words together are long enough.</source>
        <extracomment>Password builder: why a password is not strong yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has a common password in it. Criminals try those first.</source>
        <extracomment>Password builder: why a password is not strong yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same letter many times is easy to guess.</source>
        <extracomment>Password builder: why a password is not strong yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use different letters, like 3 different words.</source>
        <extracomment>Password builder: why a password is not strong yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made a strong password already. You can press Next.</source>
        <extracomment>Password builder: the learner already made a strong one before changing it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Period</source>
        <extracomment>Dashboard section: which days the figures cover
----------
Dashboard: screen reader name of the period buttons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <extracomment>Dashboard period button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <extracomment>Dashboard period button (three months: January to March, April to June...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <extracomment>Dashboard period button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dates</source>
        <extracomment>Dashboard period button: shows boxes to type a first and last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (like 2026-11-01)</source>
        <extracomment>Dashboard: box for the first day of the period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (like 2026-11-30)</source>
        <extracomment>Dashboard: box for the last day of the period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these dates</source>
        <extracomment>Dashboard: shows the figures for the typed first and last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 to %2.</source>
        <extracomment>Dashboard: the days the figures cover; %1 and %2 are dates like 1 November 2026</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <source>%1 of %2 numbers entered</source>
        <extracomment>How much of a number PIN is entered; %1 and %2 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pictures chosen</source>
        <extracomment>How much of a picture PIN is entered; %1 and %2 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button that removes the last number or picture entered in a PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Hello, %1</source>
        <extracomment>Heading when a learner signs in; %1 is their name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your PIN</source>
        <extracomment>Heading when a learner chooses a new PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not right. You can try 1 more time, then there is a short pause.</source>
        <extracomment>Wrong PIN, one try left before a one-minute pause</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not right. You can try %1 more times.</source>
        <extracomment>Wrong PIN; %1 is how many tries are left (2 to 4)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please ask a helper.</source>
        <extracomment>The PIN could not be checked (for example the profile was removed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many tries. Please wait one minute, then try again. A helper can also reset your PIN.</source>
        <extracomment>After 5 wrong PINs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two were not the same. Please choose your PIN again.</source>
        <extracomment>The learner entered two different PINs when choosing one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN keeps your lessons yours. You can use 4 numbers, or 3 pictures in order. Do not use your bank card PIN.</source>
        <extracomment>Choosing a PIN: the two kinds on offer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 numbers</source>
        <extracomment>Choice of PIN kind: four numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 pictures</source>
        <extracomment>Choice of PIN kind: three pictures in order</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now enter the same again, to check.</source>
        <extracomment>Choosing a PIN: second time, to check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your 4 numbers.</source>
        <extracomment>Asks for a 4-number PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your 3 pictures in order.</source>
        <extracomment>Asks for a 3-picture PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not me</source>
        <extracomment>PIN page: go back to the learners&apos; pictures</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>PIN page: leave without choosing a PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinResetSection</name>
    <message>
        <source>Reset a learner&apos;s PIN</source>
        <extracomment>Helper page: section to reset learners&apos; PINs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner chooses a new PIN the next time they sign in. Their lessons stay as they are.</source>
        <extracomment>Helper page: what resetting a PIN does</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the PIN of %1</source>
        <extracomment>Helper page: resets one learner&apos;s PIN; %1 is the learner&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN of %1 is reset.</source>
        <extracomment>Confirmation after a helper reset a PIN; %1 is the learner&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Make your profile</source>
        <extracomment>Heading of the page where a new learner makes their profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your first name or a nickname.</source>
        <extracomment>Error when the learner continues without typing a name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture.</source>
        <extracomment>Error when the learner continues without choosing a picture</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should we call you?</source>
        <extracomment>Label of the name box on the profile page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first name or a nickname. Other people using this computer may see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <extracomment>Label above the profile pictures</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will look for it to find your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Button that saves the new profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not need an email address. You will choose a PIN: 4 numbers or 3 pictures.</source>
        <extracomment>Profile page: what a profile needs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Goes back from making a profile to the previous page</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>My progress</source>
        <extracomment>Heading of the learner&apos;s progress page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the skills check to see what you can do. Do it again later to see how far you have come.</source>
        <extracomment>Progress page before any skills check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 5 more lessons, check your skills again to see how far you have come.</source>
        <extracomment>Progress page after one skills check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Every lesson finished (%1 of %1)</source>
        <extracomment>Progress page: every lesson of a topic finished; %1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lessons finished</source>
        <extracomment>Progress page: lessons finished; %1 and %2 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the skills check you said &quot;I can&quot; to %1 of %3 before, and %2 of %3 now.</source>
        <extracomment>Progress page: skills-check change; %1, %2 and %3 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the skills check you said &quot;I can&quot; to %1 of %2.</source>
        <extracomment>Progress page after the first skills check; %1 and %2 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>Label of the &quot;before&quot; bar on the progress page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Label of the &quot;now&quot; bar on the progress page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my certificate</source>
        <extracomment>Progress page: saves a certificate for a finished topic as a PDF file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my certificate for %1</source>
        <extracomment>Screen reader name of the save-certificate button; %1 is a topic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print my certificate</source>
        <extracomment>Progress page: prints a certificate for a finished topic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print my certificate for %1</source>
        <extracomment>Screen reader name of the print-certificate button; %1 is a topic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print my progress</source>
        <extracomment>Progress page: section with the one-page summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a file</source>
        <extracomment>Saves a one-page summary of the learner&apos;s progress as a PDF file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>Prints a one-page summary of the learner&apos;s progress</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your progress to another computer</source>
        <extracomment>Progress page: section with the progress code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down this code. On another computer with OpenSteps, make a profile and choose &quot;I have a progress code&quot;. The code has no name or personal details in it.</source>
        <extracomment>Explains the progress code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress code: %1</source>
        <extracomment>Screen reader name of the progress code; %1 is the code spelled out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the code aloud</source>
        <extracomment>Reads the progress code out loud, letter by letter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my lessons</source>
        <extracomment>Leaves the progress page</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud</source>
        <extracomment>Button that reads the words on the screen out loud</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectActivity</name>
    <message>
        <source>Yes</source>
        <extracomment>Answer to an &quot;I can...&quot; statement: fully confident</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bit</source>
        <extracomment>Answer to an &quot;I can...&quot; statement: partly confident</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <extracomment>Answer to an &quot;I can...&quot; statement: not yet confident</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for saying so. You can do this lesson again whenever you like.</source>
        <extracomment>After a learner says they cannot do something yet; encouraging, never blaming</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Your answer is saved with your progress.</source>
        <extracomment>After a learner rates their confidence</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCodePage</name>
    <message>
        <source>I have a progress code</source>
        <extracomment>Heading of the page where a learner types a progress code from another computer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code from your progress sheet, or from &quot;My progress&quot; on the other computer. Small letters and spaces are fine.</source>
        <extracomment>Explains where the progress code comes from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress code</source>
        <extracomment>Label of the progress code box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring my progress here</source>
        <extracomment>Restores progress from the code typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my lessons</source>
        <extracomment>Leaves the progress code page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>After restoring a code from a learner who shared: goes on to the sharing question</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScamSortActivity</name>
    <message>
        <source>Email</source>
        <extracomment>Scam sort: the kind of message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <extracomment>Scam sort: the kind of message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <extracomment>Scam sort: the kind of message (a call written out word for word)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. You sorted every message. You can press Next.</source>
        <extracomment>Scam sort: every message is sorted right</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 messages sorted right.</source>
        <extracomment>Scam sort progress: %1 sorted right so far, %2 messages in all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>Scam sort: who a message is from; %1 is the sender or caller</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <extracomment>Scam sort: an email&apos;s subject line; %1 is the subject</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks safe</source>
        <extracomment>Scam sort: put this message in the &quot;safe&quot; pile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a scam</source>
        <extracomment>Scam sort: put this message in the &quot;scam&quot; pile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right.</source>
        <extracomment>Scam sort: this message was sorted right</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite. Have another look.</source>
        <extracomment>Scam sort: this message was sorted wrong; kind, no penalty</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <source>Scroll the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetByIt</name>
    <message>
        <source>Set by your IT team, so it cannot be changed here.</source>
        <extracomment>Staff: under a setting the library&apos;s or council&apos;s IT team fixed for this computer</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Text size</source>
        <extracomment>Settings section: how big the words are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A text size choice; %1 is a percentage such as 150</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <extracomment>Settings section: colour scheme</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <extracomment>Colour scheme: dark text on white
----------
Font choice: the usual font</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast (yellow on black)</source>
        <extracomment>Colour scheme: yellow text on black</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Settings section: language of the app</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Leaves the settings page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger buttons</source>
        <extracomment>Setting that makes every button and box bigger, easier to hit with the mouse</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual voice</source>
        <extracomment>Voice choice: the computer&apos;s usual voice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it easier to see and hear</source>
        <extracomment>Heading of the settings page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what helps you. You can change these at any time with the Settings button at the top.</source>
        <extracomment>First start: introduces the settings page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Colour scheme: light text on a dark background</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <extracomment>Settings section: the font (shape of the letters)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear letters</source>
        <extracomment>Font choice: Atkinson Hyperlegible, letters that are hard to mix up</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDyslexic, for dyslexia</source>
        <extracomment>Font choice: OpenDyslexic, a font some people with dyslexia find easier</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons and movement</source>
        <extracomment>Settings section: size of buttons, and movement on screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less movement</source>
        <extracomment>Setting that stops things moving on screen (pulsing, smooth scrolling)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <extracomment>Settings section: the computer reading words out loud</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each step out loud by itself</source>
        <extracomment>Setting: every lesson step is read out loud as soon as it shows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the voice speaks:</source>
        <extracomment>Settings: label above the speech speed choices</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <extracomment>Speech speed choice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <extracomment>Speech speed choice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <extracomment>Speech speed choice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice:</source>
        <extracomment>Settings: label above the list of voices</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice %1</source>
        <extracomment>A voice choice; %1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how I sound.</source>
        <extracomment>Said in the voice just chosen, so the learner can hear it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the voice</source>
        <extracomment>Button in settings that plays a sample of the chosen voice and speed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>First start: leaves the settings page for making a profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>First start: goes back from the settings to the language page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be saved on this computer. Please ask a helper.</source>
        <extracomment>Settings: shown if a change to sharing could not be saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing my progress</source>
        <extracomment>Settings section: whether the learner shares anonymous progress with the programme</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You share your progress with 100% Digital Leeds, without your name.</source>
        <extracomment>Settings: the learner shares anonymous progress</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not share your progress. Nothing about you leaves this computer.</source>
        <extracomment>Settings: the learner does not share progress</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not chosen yet. Nothing about you leaves this computer.</source>
        <extracomment>Settings: the learner has never been asked whether to share progress</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: which lessons you finish, your skills check answers and where you learn. Never shared: your name, your PIN or anything you type.</source>
        <extracomment>Settings: what sharing progress means, in short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share your progress with 100% Digital Leeds?</source>
        <extracomment>Settings: name of the yes/no choice about sharing progress, for screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, share</source>
        <extracomment>Settings: answer that shares anonymous progress</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, thank you</source>
        <extracomment>Settings: answer that shares nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: no postcode.</source>
        <extracomment>Settings: the postcode box was emptied and saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <extracomment>Settings: the first part of the postcode was saved; %1 is it, such as LS9</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete my data</source>
        <extracomment>Settings section: removing the learner&apos;s profile and everything about them
----------
Settings: opens the page that confirms deleting the learner&apos;s data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can remove your profile and everything about you from this computer.</source>
        <extracomment>Settings: what &quot;Delete my data&quot; does, before the learner confirms it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up this hub</source>
        <extracomment>Heading of the page where staff set up a new computer for their hub
----------
Set-up page: saves the hub and the staff account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this computer is in a library or community centre, staff set it up once: the hub&apos;s name, where learners&apos; anonymised outcomes are sent, and a staff account. At home, you do not need to do this.</source>
        <extracomment>Set-up page: what it is for and who does it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub</source>
        <extracomment>Set-up page: section about the hub (library or community centre)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub name (on certificates)</source>
        <extracomment>Set-up page: the hub&apos;s name as learners know it; it is printed on certificates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the name; you can change it. Small letters, digits and hyphens. It is sent with every outcome, so keep it the same on all of the hub&apos;s computers.</source>
        <extracomment>Set-up page: hint under the hub id&apos;s label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub id (like leeds-central-library)</source>
        <extracomment>Set-up page: a short id for the hub, sent with outcomes; small letters, digits and hyphens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme gives you this address. Leave it empty if you do not have one. Its key and secret are set on the helper page.</source>
        <extracomment>Set-up page: hint under the Learning Record Store address&apos;s label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning Record Store address (optional, https://…)</source>
        <extracomment>Set-up page: the programme&apos;s Learning Record Store web address; it may be left empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your staff account</source>
        <extracomment>Set-up page: section where the first staff member makes their account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff sign in under &quot;Helpers and staff&quot; on the sign-in page to add volunteers and to change these settings. Five wrong passphrases in a row pause signing in for a minute.</source>
        <extracomment>Set-up page: what the staff account is for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <extracomment>Set-up page: the first staff member&apos;s name, as they will type it to sign in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase (at least %1 characters)</source>
        <extracomment>Set-up page: the staff passphrase; %1 is the least number of characters, such as 8</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <extracomment>Set-up page: the staff passphrase typed a second time, to be sure of it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: use OpenSteps without setting up a hub</source>
        <extracomment>Set-up page: for home use; nothing is set up and the page is not shown again at start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set up. Staff sign in under &quot;Helpers and staff&quot; on the sign-in page.</source>
        <extracomment>Set-up page: after saving; %1 is the hub&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Set-up page: after saving, goes on to the learners&apos; pages</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingQuestions</name>
    <message>
        <source>I&apos;d rather not say</source>
        <extracomment>An answer to an optional question about the learner: they do not want to answer it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How old are you?</source>
        <extracomment>Optional question about the learner&apos;s age</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the first part of your postcode?</source>
        <extracomment>Optional question: the first part of the learner&apos;s postcode (the district, such as LS9)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just the first part, like LS9. Not the whole postcode. You can leave it empty.</source>
        <extracomment>Explains the postcode question: only the district, never the whole postcode</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which language do you like to use most?</source>
        <extracomment>Optional question: the language the learner likes to use most</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type only the first part of your postcode, like LS9. We do not keep the whole postcode.</source>
        <extracomment>Shown when a whole postcode was typed: only the first part is kept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like the first part of a postcode. It is letters and then numbers, like LS9 or LS12. You can also leave it empty.</source>
        <extracomment>Shown when what was typed is not the first part of a postcode</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save postcode</source>
        <extracomment>Settings: saves the first part of the postcode typed in the box above</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowMeMarker</name>
    <message>
        <source>Here ↓</source>
        <extracomment>Label that points at the thing to click after the learner pressed &quot;Show me&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Who is learning today?</source>
        <extracomment>Heading of the sign-in page, above the learners&apos; pictures</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find your picture and name.</source>
        <extracomment>Sign-in page: how to sign in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners on this computer</source>
        <extracomment>Name of the group of learners&apos; tiles on the sign-in page, for screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am new here</source>
        <extracomment>Sign-in page: starts making a new profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just looking (nothing is saved)</source>
        <extracomment>Sign-in page: look at the lessons without a profile; nothing is saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpers and staff</source>
        <extracomment>Sign-in page: for volunteers and staff (for example to reset a learner&apos;s PIN)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is deleted from this computer.</source>
        <extracomment>Sign-in page, just after a learner deleted their data</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationActivity</name>
    <message>
        <source>✓ Well done. You did every task. Press Next to go on.</source>
        <extracomment>Simulation: every task is done</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 of %2: %3</source>
        <extracomment>Simulation: the task to do now; %1 and %2 are numbers, %3 the instruction</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not quite. Nothing has changed. Have another look and try again.</source>
        <extracomment>Simulation: after clicking something that was not the task; nothing changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <extracomment>Simulation: a hint shown after 2 wrong tries; %1 is the hint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me</source>
        <extracomment>Simulation: after 3 wrong tries, points at the thing to use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice only — nothing here is real. You cannot break anything.</source>
        <extracomment>Banner above every practice screen (simulation)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsCheckPage</name>
    <message>
        <source>What can you do already?</source>
        <extracomment>Heading of the skills check introduction</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>Heading when the skills check is done</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <extracomment>Heading of one skills check question; %1 and %2 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Answer to an &quot;I can...&quot; statement: fully confident</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bit</source>
        <extracomment>Answer to an &quot;I can...&quot; statement: partly confident</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <extracomment>Answer to an &quot;I can...&quot; statement: not yet confident</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will see %1 short sentences, like “I can send an email.” For each one, say if it is true for you: Yes, A bit or Not yet. There are no wrong answers. Your answers help choose your lessons.</source>
        <extracomment>Introduction to the skills check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Starts the skills check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <extracomment>Skips the skills check for now; it can be done later from Home</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Goes to the previous skills check question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Goes to the next skills check question (or finishes on the last)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Yes, A bit or Not yet first. Any answer is fine.</source>
        <extracomment>Shown when Next is pressed before answering a skills check question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are saved with today&apos;s date. Your lessons now start with the things you said you cannot do yet. You can check your skills again at any time from your lessons page.</source>
        <extracomment>After the skills check: what happens with the answers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to my lessons</source>
        <extracomment>Leaves the finished skills check</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Sharing outcomes with the programme</source>
        <extracomment>Staff section: sending anonymised outcomes to the programme</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome statements waiting to be sent: %1.</source>
        <extracomment>Staff: how many anonymised outcome statements wait to be sent; %1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent: %1.</source>
        <extracomment>Staff: when outcomes last reached the programme; %1 is a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer yet.</source>
        <extracomment>Staff: outcomes have never reached the programme from this PC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync credentials rejected: the Learning Record Store did not accept the key and secret. Sending has stopped until they are changed below.</source>
        <extracomment>Staff: the Learning Record Store refused the key and secret; sending has stopped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem (%1): %2</source>
        <extracomment>Staff: the last problem sending outcomes; %1 is a date and time, %2 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements the Learning Record Store refused and that are set aside: %1. It said: %2</source>
        <extracomment>Staff: statements the LRS refused as invalid; %1 is a number, %2 the LRS&apos;s reasons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning Record Store address (https://…)</source>
        <extracomment>Staff: the web address of the programme&apos;s Learning Record Store</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Staff: the Learning Record Store&apos;s key (like a user name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <extracomment>Staff: the Learning Record Store&apos;s secret (like a password)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is saved. Leave the box empty to keep it.</source>
        <extracomment>Staff: under the LRS secret box when a secret is saved already</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these settings</source>
        <extracomment>Staff: saves the Learning Record Store settings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Learning Record Store settings are saved.</source>
        <extracomment>Staff: confirmation after saving the LRS settings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <extracomment>Staff: sends the waiting outcome statements now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internet here: save outcomes to a file</source>
        <extracomment>Staff: for hubs without internet: saves waiting outcomes to a file to carry elsewhere</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IT team keeps the secret in a file on this computer, so it cannot be changed here.</source>
        <extracomment>Staff: the LRS secret is read from a file the IT team protects on this PC</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WifiDesk</name>
    <message>
        <source>Library Wi-Fi</source>
        <extracomment>Practice Wi-Fi screen: title of the card on the library desk</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <extracomment>Practice Wi-Fi card; %1 is the network&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <extracomment>Practice Wi-Fi card; %1 is the password, to be typed exactly as written</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WifiJoinPanel</name>
    <message>
        <source>Type the network password</source>
        <extracomment>Practice Wi-Fi list: label above the password box of a secured network</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network password</source>
        <extracomment>Practice Wi-Fi list: the password box&apos;s name for screen readers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>Practice Wi-Fi list: hides the typed password again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Practice Wi-Fi list: shows the typed password instead of dots</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This network is open. Other people may be able to see what you send.</source>
        <extracomment>Practice Wi-Fi list: warning under an open network before joining it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Practice Wi-Fi list: joins the picked network</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Practice Wi-Fi list: closes the password box without joining</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WifiNetworkList</name>
    <message>
        <source>Wi-Fi networks</source>
        <extracomment>Practice Wi-Fi screen: the list of Wi-Fi networks near by
----------
Practice Wi-Fi screen: heading of the list of networks</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, secured</source>
        <extracomment>Practice Wi-Fi list: under the network the computer has joined</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secured</source>
        <extracomment>Practice Wi-Fi list: under a network that has a padlock (needs a password)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Practice Wi-Fi list: under a network with no padlock (anyone can join)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leafield Library, secured network</source>
        <extracomment>Practice Wi-Fi list: spoken name of the library&apos;s network</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREE FAST WIFI, open network, not secured</source>
        <extracomment>Practice Wi-Fi list: spoken name of the open network (no padlock)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat 12, secured network</source>
        <extracomment>Practice Wi-Fi list: spoken name of a neighbour&apos;s secured network</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WifiScene</name>
    <message>
        <source>Leafield Library visitor laptop</source>
        <extracomment>Practice Wi-Fi screen: a line on the wallpaper of the library&apos;s public laptop</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WifiState</name>
    <message>
        <source>Leafield Library</source>
        <extracomment>Practice Wi-Fi list: the library&apos;s own network (a made-up library)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREE FAST WIFI</source>
        <extracomment>Practice Wi-Fi list: an open network with a tempting name; keep it in capitals</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat 12</source>
        <extracomment>Practice Wi-Fi list: a neighbour&apos;s home network, named after a flat</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WifiTaskbar</name>
    <message>
        <source>Wi-Fi: not connected</source>
        <extracomment>Practice Wi-Fi screen: the Wi-Fi symbol on the taskbar, before joining a network</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi: connected to %1</source>
        <extracomment>Practice Wi-Fi screen: the Wi-Fi symbol on the taskbar; %1 is the network&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10:30</source>
        <extracomment>Practice Wi-Fi screen: the time at the right end of the taskbar</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
