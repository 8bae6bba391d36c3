<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Your lessons</source>
        <extracomment>Heading above the list of all lessons on Home</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no lessons on this computer yet. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <extracomment>Heading of the first page a new learner sees</extracomment>
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>OpenSteps</source>
        <extracomment>Window title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <extracomment>Top bar button that opens the settings page</extracomment>
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
    <name>ProfilePage</name>
    <message>
        <source>Make your profile</source>
        <extracomment>Heading of the page where a new learner makes their profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not need an email address or a password.</source>
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
        <source>Your profile could not be saved on this computer. Please ask a member of staff for help.</source>
        <extracomment>Shown if the profile could not be written to the computer&apos;s storage</extracomment>
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
    <name>ScrollPage</name>
    <message>
        <source>Scroll the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Text size, colours and language</source>
        <extracomment>Heading of the settings page</extracomment>
        <translation type="unfinished"></translation>
    </message>
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
        <extracomment>Colour scheme: dark text on white</extracomment>
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
</context>
</TS>
