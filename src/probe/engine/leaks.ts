/** Error details a client should never see, by the text they leave in a response. */
const PATTERNS: { reason: string; re: RegExp }[] = [
  {
    reason: 'a JavaScript stack trace',
    re: /\bat (?:async )?[\w$.<>[\] ]*\(?(?:file:\/\/)?(?:\/|[A-Za-z]:\\|node:)[^()\n"]*:\d+:\d+\)?/,
  },
  { reason: 'a stack trace', re: /"stack"\s*:\s*"[^"]{0,400}\\n\s*at / },
  { reason: 'a Python traceback', re: /Traceback \(most recent call last\)/ },
  { reason: 'a Java stack trace', re: /\bat [\w$.]+\([\w$]+\.java:\d+\)/ },
  { reason: 'a Ruby backtrace', re: /\.rb:\d+:in `/ },
  { reason: 'a PHP error', re: /(Fatal error|Parse error|Warning):.{0,200} on line \d+/ },
  {
    reason: 'an SQL error',
    re: /SQLITE_(ERROR|CONSTRAINT)|syntax error at or near|You have an error in your SQL syntax|ER_(PARSE_ERROR|BAD_FIELD_ERROR|NO_SUCH_TABLE)|unterminated quoted string|ORA-\d{5}|relation "[^"]+" does not exist|column "[^"]+" does not exist|SQLSTATE\[/,
  },
  {
    reason: 'an ORM/driver error',
    re: /Sequelize\w*Error|PrismaClient\w*Error|Invalid `prisma\.|MongoServerError|MongoError|CastError: Cast to|QueryFailedError|TypeORMError|KnexTimeoutError|DrizzleError/,
  },
  {
    reason: 'a framework debug page',
    re: /Werkzeug Debugger|Django Version:|Whoops! There was an error|Server Error in '\/' Application|<title>Error<\/title>\s*<\/head>\s*<body>\s*<pre>[^<]*\bat /,
  },
];

/** Why `body` leaks error details, or null. */
export function leakReason(body: string): string | null {
  const text = body.length > 200_000 ? body.slice(0, 200_000) : body;
  for (const p of PATTERNS) if (p.re.test(text)) return p.reason;
  return null;
}
