"""Early-career modules: behaviour, assessment and instructional coaching for ECTs."""

from courses.frameworks import ITTECF
from courses.frameworks import TEACHERS_STANDARDS as TS

from .writing import (
    bullets,
    heading,
    info,
    lesson,
    multiple,
    quiz,
    reflection,
    single,
    steps,
    text,
    tip,
    warning,
)

CONTENT: dict[str, dict] = {}

CONTENT["ect-behaviour-restorative-approaches"] = {
    "summary": "Build a calm, purposeful classroom with clear routines, consistent responses and "
    "restorative conversations that repair harm and teach pupils to take responsibility.",
    "description": "<p>Restorative approaches are part of the Northamptonshire model. This module, "
    "from the Daventry Meadows alliance, helps early-career teachers combine high expectations and "
    "clear routines with restorative practice: responding to behaviour in ways that hold pupils "
    "accountable, repair relationships and reduce repeat incidents.</p><p>It does not replace your "
    "school's behaviour policy: it shows how to work within it.</p>",
    "outcomes": [
        "Establish and teach routines that make good behaviour the easy choice.",
        "Respond to low-level disruption consistently and with the least intrusive intervention.",
        "Lead a restorative conversation using the restorative questions.",
        "Explain how restorative approaches fit with consequences and the school's behaviour policy.",
    ],
    "audiences": ["early_career", "trainee", "teacher", "teaching_assistant"],
    "delivery_mode": "blended",
    "framework_codes": [
        (ITTECF, "ITTECF-1"),
        (ITTECF, "ITTECF-7"),
        (ITTECF, "ITTECF-8"),
        (TS, "TS1"),
        (TS, "TS7"),
    ],
    "lessons": [
        lesson(
            "Routines and expectations",
            35,
            text(
                "Most behaviour in classrooms is shaped before anything goes wrong. Pupils behave "
                "well where expectations are clear, routines are practised until they are automatic, "
                "and adults are consistent and warm. The DfE's behaviour in schools guidance and the "
                "Education Endowment Foundation's guidance report on improving behaviour in schools "
                "both stress knowing your pupils, teaching the behaviours you want and applying the "
                "school's approach consistently.",
                "Plan routines for the moments where time and calm leak away:",
                bullets(
                    "entering the room and starting work (a task on the board, ready as they arrive);",
                    "getting attention (one signal, always the same, with a countdown if needed);",
                    "handing out and collecting equipment;",
                    "moving from listening to paired talk and back;",
                    "ending the lesson and leaving.",
                ),
                "Teach each routine explicitly: explain why, model it, let pupils practise, praise "
                "precisely, and practise again when it slips.",
            ),
            heading("Responding to low-level disruption"),
            text(
                "Use the least intrusive intervention that works, so the lesson keeps moving and "
                "pupils keep their dignity:",
                steps(
                    "a look, or moving towards the pupil while you keep teaching;",
                    "a non-verbal cue or a quiet positive reminder ('I need everyone's eyes this "
                    "way, thank you');",
                    "a private, calm word naming the expectation and the choice;",
                    "the next step in the school's behaviour policy, delivered without anger.",
                ),
            ),
            info(
                "The first lessons with a new class",
                "Have a seating plan ready and learn names quickly: a pupil addressed by name is "
                "far more likely to respond. Meet pupils at the door, state two or three "
                "expectations in positive terms, and teach the first routines in the first lesson "
                "rather than waiting for a problem.",
            ),
            tip(
                "Narrate the positive",
                "'Table three are ready, thank you; I can see pens down on the back row' tells pupils "
                "what you want and that others are doing it, without singling anyone out.",
            ),
            reflection(
                "Which routine in your lessons takes longest or causes most disruption? Write out "
                "exactly how you will teach it again next week.",
                "Describe the steps as you would model them, what you will say, and how you will "
                "recognise the pupils who get it right.",
            ),
        ),
        lesson(
            "Restorative conversations",
            35,
            text(
                "A restorative approach treats misbehaviour as harm to people and relationships, and "
                "asks the person responsible to understand that harm and put it right. It is not a "
                "soft option: facing the person you have affected is often harder than a detention. "
                "Schools that use restorative practice well combine it with clear boundaries and "
                "consequences.",
                "Most restorative conversations in a classroom are short and use a consistent set of "
                "questions:",
                steps(
                    "What happened?",
                    "What were you thinking or feeling at the time?",
                    "Who has been affected, and how?",
                    "What do you need to do to put things right?",
                    "What will you do differently next time?",
                ),
                "For the person harmed: What did you think when it happened? How has it affected "
                "you? What do you need to make things right?",
            ),
            heading("Making it work"),
            text(
                bullets(
                    "Wait until everyone is calm; a conversation in the heat of the moment rarely "
                    "restores anything.",
                    "Find a private space and enough time, often at break or after the lesson.",
                    "Stay neutral and curious: ask, listen, summarise. Avoid 'why did you...?', "
                    "which invites excuses.",
                    "Agree a specific action to repair the harm, and follow it up.",
                    "Record it as your school's policy requires.",
                ),
                "Restorative questions also work after conflict between a teacher and a pupil. A "
                "teacher who can say 'I raised my voice, and that wasn't fair; let's start again' "
                "models the behaviour we want from pupils.",
            ),
            warning(
                "When not to use a restorative meeting",
                "Do not bring a pupil face to face with someone who has bullied or abused them "
                "unless they freely choose it and the meeting is carefully prepared by trained "
                "staff. Safeguarding concerns go to the designated safeguarding lead first.",
            ),
            reflection(
                "Recall a recent incident you dealt with. How might the restorative questions have "
                "changed the conversation and its outcome?",
                "Consider who was affected beyond the pupils directly involved, and what repair "
                "might have looked like.",
            ),
        ),
        lesson(
            "Consistency, consequences and support",
            25,
            text(
                "Pupils judge fairness by consistency. Apply the behaviour policy as your colleagues "
                "do, follow through on what you say, and start each lesson afresh. Consequences "
                "work best when they are certain rather than severe, delivered calmly, and followed "
                "by a chance to put things right.",
                "Some pupils' behaviour will not change with classroom strategies alone. Look for "
                "patterns (time of day, subject, seating, peers) and underlying needs: unidentified "
                "special educational needs, speech and language difficulties, trauma, hunger or "
                "tiredness. Talk to the pastoral lead and the SENCO, and agree an individual plan.",
            ),
            info(
                "Getting help early",
                "Asking for support with a class is professional, not a failure. Your mentor and "
                "head of department can observe, co-plan seating and routines, or team-teach a "
                "lesson so you can watch how the class responds to another adult.",
            ),
            quiz(
                single(
                    "A pupil is tapping a pen while you explain. What is the least intrusive "
                    "effective response?",
                    [
                        "Stop the lesson and give a sanction",
                        "* Keep teaching while moving towards the pupil or giving a look",
                        "Send the pupil out",
                        "Ignore it completely for the rest of the lesson",
                    ],
                    "Start with the least intrusive step. It keeps the lesson flowing and usually "
                    "works; escalate calmly through the policy only if it does not.",
                ),
                multiple(
                    "Which are restorative questions?",
                    [
                        "* What happened?",
                        "* Who has been affected, and how?",
                        "Why are you always doing this?",
                        "* What do you need to do to put things right?",
                    ],
                    "Restorative questions are open and focus on harm and repair. 'Why are you "
                    "always...?' blames and invites defensiveness.",
                ),
                single(
                    "When is the best time for a restorative conversation?",
                    [
                        "Immediately, in front of the class",
                        "* When everyone is calm, privately, with time to listen",
                        "Only at the end of term",
                        "By email to the pupil's parents",
                    ],
                    "People can only reflect and repair when they are calm and not performing to an "
                    "audience.",
                ),
                multiple(
                    "Which may lie behind persistent disruptive behaviour?",
                    [
                        "* Unidentified special educational needs",
                        "* Speech, language and communication difficulties",
                        "* Experiences of trauma",
                        "A fixed wish to be bad",
                    ],
                    "Behaviour communicates need. Look for patterns and talk to the SENCO and "
                    "pastoral team rather than assuming intent.",
                ),
            ),
        ),
    ],
}

CONTENT["ect-assessment-and-feedback"] = {
    "summary": "Use assessment in every lesson to find out what pupils know, and give feedback that "
    "pupils act on, without drowning in marking.",
    "description": "<p>From the Kettering Park alliance. Assessment is how a teacher knows whether "
    "teaching has become learning. This module covers checking for understanding during lessons, "
    "designing questions that reveal thinking, and giving feedback, spoken or written, that moves "
    "learning on and is manageable.</p>",
    "outcomes": [
        "Explain the purposes of formative and summative assessment.",
        "Plan questions and tasks that reveal misconceptions, including hinge questions.",
        "Give feedback that is specific, timely and acted on.",
        "Design a feedback approach that is meaningful, manageable and motivating.",
    ],
    "audiences": ["early_career", "trainee", "teacher"],
    "delivery_mode": "online",
    "framework_codes": [
        (ITTECF, "ITTECF-2"),
        (ITTECF, "ITTECF-6"),
        (TS, "TS2"),
        (TS, "TS6"),
    ],
    "lessons": [
        lesson(
            "Checking for understanding",
            35,
            text(
                "<strong>Summative</strong> assessment sums up what a pupil has learned at the end of "
                "a unit or year. <strong>Formative</strong> assessment is any assessment used to adapt "
                "teaching while learning is still happening. The same test can be either: what makes "
                "it formative is what you do with the information.",
                "Dylan Wiliam describes formative assessment through five strategies: clarifying "
                "learning intentions and success criteria; engineering discussions, questions and "
                "tasks that elicit evidence of learning; providing feedback that moves learners "
                "forward; activating pupils as resources for one another; and activating pupils as "
                "owners of their own learning.",
            ),
            text(
                "Start with clarity about what pupils should learn. A learning intention names the "
                "knowledge or skill ('explain why the Romans built roads'); success criteria say "
                "what a pupil will be able to do if they have learned it. Showing examples of "
                "strong and weak work, and discussing what makes the difference, often teaches "
                "success criteria better than a list.",
            ),
            heading("Getting evidence from everyone"),
            text(
                "'Any questions?' and hands-up questioning tell you about a few confident pupils. "
                "Techniques that sample the whole class:",
                bullets(
                    "<strong>Mini whiteboards:</strong> everyone answers, everyone shows at once.",
                    "<strong>Cold calling:</strong> ask the question, pause, then choose who "
                    "answers, so everyone thinks.",
                    "<strong>Hinge questions:</strong> a multiple-choice question at a key point, "
                    "with wrong options that match misconceptions; the answers tell you whether to "
                    "move on.",
                    "<strong>Exit tickets:</strong> one or two questions at the end that tell you "
                    "where to start next lesson.",
                ),
            ),
            tip(
                "Design the wrong answers",
                "A good diagnostic question has plausible wrong answers, each linked to a specific "
                "misconception. If a third of the class chooses option B, you know exactly what to "
                "re-teach.",
            ),
            reflection(
                "Write a hinge question for a lesson you will teach this week. What does each wrong "
                "answer tell you?",
                "Aim for four options, one correct and three that match common errors. Decide in "
                "advance what you will do if more than a few pupils choose each.",
            ),
        ),
        lesson(
            "Feedback that moves learning on",
            35,
            text(
                "Feedback is information about a pupil's work that helps them close the gap between "
                "where they are and where they need to be. The Education Endowment Foundation's "
                "guidance report on teacher feedback recommends laying the foundations with high "
                "quality initial teaching and formative assessment; delivering appropriately timed "
                "feedback that focuses on moving learning forward; and planning how pupils will "
                "receive and use it. It notes that feedback can be written or verbal, and that "
                "written marking is only one method.",
                "Good feedback is specific ('your second paragraph describes the graph but does not "
                "explain the trend') rather than general ('good effort, add more detail'). It is "
                "about the task and how to do it better, not about the pupil.",
            ),
            heading("Make pupils do the thinking"),
            text(
                bullets(
                    "Give a code or a question instead of a correction: 'Two of these calculations are "
                    "wrong. Find and fix them.'",
                    "Build time into the next lesson for pupils to act on feedback (sometimes called "
                    "improvement or response time).",
                    "Give whole-class feedback: read a set of books, note common errors and strong "
                    "examples, and teach from them next lesson.",
                    "Use self- and peer-assessment against clear success criteria, once pupils know "
                    "what good looks like.",
                ),
            ),
            info(
                "Manageable marking",
                "An independent review group on marking (2016) concluded that marking should be "
                "meaningful, manageable and motivating. Extensive written comments pupils do not "
                "read cost teachers hours and change little. Check what your school's feedback policy "
                "expects, and talk to your mentor about efficient approaches within it.",
            ),
            quiz(
                single(
                    "What makes an assessment formative?",
                    [
                        "It is short",
                        "It is not graded",
                        "* The information is used to adapt teaching or learning",
                        "It happens at the start of a topic",
                    ],
                    "Any assessment becomes formative when the evidence is used to decide what "
                    "happens next in teaching or learning.",
                ),
                multiple(
                    "Which techniques gather evidence from the whole class?",
                    [
                        "* Mini whiteboards",
                        "* A hinge question answered by everyone",
                        "Asking 'Does everyone understand?'",
                        "* Exit tickets",
                    ],
                    "'Does everyone understand?' usually gets nods, which tell you little. The "
                    "others give evidence from every pupil.",
                ),
                single(
                    "Which is the most useful feedback on a science conclusion?",
                    [
                        "Good work, 7/10",
                        "Add more detail",
                        "* You described the trend; now explain it using the idea of particle "
                        "collisions",
                        "Excellent effort, keep it up!",
                    ],
                    "It says what was done well and gives a specific next step pupils can act on.",
                ),
                multiple(
                    "Which make written feedback more manageable and effective?",
                    [
                        "* Whole-class feedback on common errors",
                        "* Time in lessons for pupils to act on feedback",
                        "Detailed comments on every page of every book",
                        "* Codes or questions that make pupils find and fix errors",
                    ],
                    "Effective feedback is acted on. Writing long comments everywhere is costly and "
                    "often ignored.",
                ),
            ),
        ),
    ],
}

CONTENT["ect-instructional-coaching"] = {
    "summary": "Get the most from instructional coaching in your early-career years: how a coaching "
    "cycle works, how to practise deliberately and how to turn feedback into lasting habits.",
    "description": "<p>Early-career teachers in England have two years of statutory induction with a "
    "mentor and, on most programmes, regular instructional coaching. This module, from the Rushden "
    "Riverside alliance, explains what instructional coaching is, how to prepare for and use each "
    "session, and how to practise so that small changes stick.</p>",
    "outcomes": [
        "Describe the steps of an instructional coaching cycle.",
        "Agree precise, observable action steps with a mentor.",
        "Use deliberate practice and rehearsal to embed new techniques.",
        "Reflect on progress using evidence from pupils' learning.",
    ],
    "audiences": ["early_career", "teacher", "middle_leader"],
    "delivery_mode": "blended",
    "framework_codes": [
        (ITTECF, "ITTECF-4"),
        (ITTECF, "ITTECF-8"),
        (TS, "TS4"),
        (TS, "TS8"),
    ],
    "lessons": [
        lesson(
            "The coaching cycle",
            30,
            text(
                "Instructional coaching is a structured way for an expert colleague to help a teacher "
                "improve specific classroom practices. It differs from general mentoring, which "
                "supports the whole person, and from judgemental observation. A typical cycle:",
                steps(
                    "<strong>Observe:</strong> the coach watches a short part of a lesson, focused on "
                    "an agreed area.",
                    "<strong>Praise:</strong> specific recognition of what worked and why.",
                    "<strong>Identify one action step:</strong> a small, precise, observable change, "
                    "for example 'After asking a question, wait three seconds before choosing who "
                    "answers.'",
                    "<strong>Model:</strong> the coach demonstrates the step.",
                    "<strong>Rehearse:</strong> the teacher practises it, with the coach playing the "
                    "class, until it is fluent.",
                    "<strong>Plan and follow up:</strong> where in the next lessons the teacher will "
                    "use it, and when the coach will see it.",
                ),
                "Cycles are short (often weekly or fortnightly) and focus on one thing at a time, "
                "because a small change that becomes a habit is worth more than ten suggestions "
                "that fade.",
            ),
            info(
                "Coaching is not judging",
                "Instructional coaching works when the teacher feels safe to try things and get "
                "them wrong. Coaching notes are for your development, not for performance "
                "management. If you are unsure how notes are used in your school, ask your "
                "induction tutor.",
            ),
            heading("Your statutory induction"),
            text(
                "Statutory induction for early-career teachers in England lasts two years. You have "
                "an induction tutor who monitors progress against the Teachers' Standards and a "
                "mentor who supports your development, usually through a provider-led or "
                "school-led programme based on the ITT and early career framework. An appropriate "
                "body quality-assures the induction. You are entitled to a reduced timetable for "
                "development time.",
            ),
            reflection(
                "Which one part of your teaching, if it improved, would make the biggest difference "
                "to your pupils this half term?",
                "Be specific: not 'behaviour' but 'getting the class settled in the first three "
                "minutes'. Take it to your next coaching session.",
            ),
        ),
        lesson(
            "Practice that sticks",
            30,
            text(
                "Teachers, like pupils, improve through practice with feedback. Rehearsing a technique "
                "outside the classroom can feel awkward, but it lets you focus on the detail (your "
                "words, your position, your timing) without thirty pupils watching. Athletes and "
                "musicians practise parts of a performance; teachers can too.",
                "Make practice deliberate:",
                bullets(
                    "practise the exact words you will use, written down if that helps;",
                    "repeat until it feels natural, then add a complication (a pupil who calls out);",
                    "ask for feedback after each attempt and change one thing;",
                    "script the first use in a real lesson and tell your coach when it will happen.",
                ),
            ),
            heading("Using feedback well"),
            text(
                "Come to sessions with evidence: pupils' work, an exit ticket, a note of what "
                "happened when you tried the step. Ask questions that help you understand the "
                "principle, not only the technique, so you can adapt it. And keep a log of your "
                "action steps: after a term, it shows how far you have come.",
            ),
            tip(
                "Judge success by pupils",
                "Ask: what did pupils do differently because I changed my practice? More hands "
                "writing in the first minute, more accurate answers on mini whiteboards, fewer "
                "repeated instructions are all evidence.",
            ),
            quiz(
                single(
                    "Which is the best instructional coaching action step?",
                    [
                        "Improve your questioning",
                        "Be more confident",
                        "* After asking a question, wait three seconds, then choose who answers",
                        "Make lessons more engaging",
                    ],
                    "Good action steps are small, precise and observable, so the teacher knows "
                    "exactly what to do and the coach can see it.",
                ),
                multiple(
                    "Which are usually part of an instructional coaching cycle?",
                    [
                        "* Specific praise",
                        "* Modelling by the coach",
                        "* Rehearsal by the teacher",
                        "A graded judgement of the whole lesson",
                    ],
                    "Coaching is developmental. Grading whole lessons is judgemental and does not "
                    "tell the teacher what to practise.",
                ),
                single(
                    "How long is statutory induction for early-career teachers in England?",
                    ["One term", "One year", "* Two years", "Three years"],
                    "Since September 2021 induction has lasted two years, with a mentor, an "
                    "induction tutor and a reduced timetable.",
                ),
            ),
        ),
    ],
}
