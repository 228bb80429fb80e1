// require-greeting: the words a reply may open with. Each is matched at the start of the body's
// first line, as whole words, any case ("Hi {{first_name}},", "Good morning Ayesha,", "Hey there!").
// Add a team's own opener here; it only has to be the first word(s) of the reply.

export const greetings: readonly string[] = [
  'hi',
  'hiya',
  'hello',
  'hey',
  'heya',
  'howdy',
  'dear',
  'dearest',
  'greetings',
  'to whom it may concern',
  'good morning',
  'good afternoon',
  'good evening',
  'good day',
  'morning',
  'welcome',
  'hallo',
  'hola',
  'bonjour',
  'ciao',
  'hej',
  'salut',
  'olá',
  'ola',
  'guten tag',
  'buenos días',
  'buenos dias',
]

/** The example line a message offers, inserted at the top of the reply. */
export const exampleGreeting = 'Hi there,'
