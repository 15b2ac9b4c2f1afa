import express from 'express';
import authRoutes from './routes/auth.js';
import todoRoutes from './routes/todos.js';
import userRoutes from './routes/users.js';

const app = express();
app.use(express.json());

app.get('/health', (req, res) => res.json({ status: 'ok' }));

app.use('/api/v1/auth', authRoutes);
app.use('/api/v1/todos', todoRoutes);
app.use('/api/v1/users', userRoutes);

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

const port = process.env.PORT || 3000;
app.listen(port, () => console.log(`Todo API running on http://localhost:${port}`));
